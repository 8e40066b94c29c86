package org.communa.budgets.counting;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The counting rules, by the names the command line, the files' META and the audit report use. */
public enum CountingRule {
    /** most votes (or points) first; a project that no longer fits is skipped and the next ones are tried */
    GREEDY("greedy"),
    /** most votes first, stopping at the first project that does not fit */
    GREEDY_NO_SKIP("greedy-no-skip"),
    /** greedy after dropping the projects below the minimum score (META min_project_score_threshold) */
    GREEDY_THRESHOLD("greedy-threshold"),
    /** Method of Equal Shares, each voter's share raised one unit at a time while the outcome fits (Add1) */
    MES_ADD1("mes-add1"),
    /** MES with Add1, replaced by the greedy outcome only if strictly more voters prefer it */
    MES_ADD1_COMPARISON("mes-add1-comparison"),
    /** sequential Phragmén: voters earn money at the same pace; a project is bought as soon as its supporters can */
    PHRAGMEN("phragmen"),
    /**
     * Poznań's rule, named greedy-custom in Pabulib's files: greedy without skipping, then the project it stopped at
     * is funded too, from a reserve outside the envelope, when what is left covers at least 80 % of its cost (the
     * files mark it selected=2). For recounts only: a budget of the platform funds nothing beyond its envelope.
     */
    GREEDY_CUSTOM_POZNAN("greedy-custom", false);

    private final String cliName;
    private final boolean forBudgets;

    CountingRule(String cliName) {
        this(cliName, true);
    }

    CountingRule(String cliName, boolean forBudgets) {
        this.cliName = cliName;
        this.forBudgets = forBudgets;
    }

    public String cliName() {
        return cliName;
    }

    /**
     * The marks of a Pabulib file's selected column that stand for this rule's outcome: 1, and for Poznań's rule
     * also 2 (its reserve step); other marks are funds outside any rule (Gdynia's turnout award, other districts').
     */
    public java.util.Set<String> selectedMarks() {
        return this == GREEDY_CUSTOM_POZNAN ? java.util.Set.of("1", "2") : java.util.Set.of("1");
    }

    /** Whether a budget of the platform may count with it (a rule that spends beyond the envelope may not). */
    public boolean forBudgets() {
        return forBudgets;
    }

    public static CountingRule fromName(String name) {
        String wanted = name.trim().toLowerCase(Locale.ROOT);
        for (CountingRule rule : values()) {
            if (rule.cliName.equals(wanted)) {
                return rule;
            }
        }
        return switch (wanted) {
            // the names Pabulib files use in META rule
            case "equalshares/add1", "equalshares-add1" -> MES_ADD1;
            case "equalshares/add1-comparison" -> MES_ADD1_COMPARISON;
            default -> throw new IllegalArgumentException("unknown rule " + name + " (known: " + names() + ")");
        };
    }

    public static String names() {
        return Arrays.stream(values()).map(CountingRule::cliName).collect(Collectors.joining(", "));
    }
}
