package org.communa.server.representativeness;

import java.util.ArrayList;
import java.util.List;

/**
 * Which counts of people may be shown (k-anonymity): a group of 1 to k-1 people is hidden; when exactly one
 * group is hidden, the smallest other non-empty group is hidden too, or the total would give it away; when
 * the total itself is under k, every non-empty group and the total are hidden. Empty groups stay visible:
 * "nobody from there" names no one.
 */
public final class SmallGroups {

    private SmallGroups() {
    }

    /** Which of these counts are hidden, in order, and whether their total is. */
    public record Hidden(List<Boolean> groups, boolean total) {
    }

    public static Hidden hide(List<Long> counts, int k) {
        long total = counts.stream().mapToLong(Long::longValue).sum();
        List<Boolean> hidden = new ArrayList<>();
        if (total > 0 && total < k) {
            counts.forEach(c -> hidden.add(c > 0));
            return new Hidden(hidden, true);
        }
        int hiddenCount = 0;
        for (long count : counts) {
            boolean small = count > 0 && count < k;
            hidden.add(small);
            hiddenCount += small ? 1 : 0;
        }
        if (hiddenCount == 1) {
            int smallest = -1;
            for (int i = 0; i < counts.size(); i++) {
                if (!hidden.get(i) && counts.get(i) > 0 && (smallest < 0 || counts.get(i) < counts.get(smallest))) {
                    smallest = i;
                }
            }
            if (smallest >= 0) {
                hidden.set(smallest, true);
            }
        }
        return new Hidden(hidden, false);
    }
}
