package org.communa.budgets.counting;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A fingerprint of the anonymised ballots, published with the results: SHA-256 of the ballots in canonical
 * form, one per line, lines sorted, joined by '\n'. A ballot's line lists its choices as
 * {@code project_id:points}, sorted by project id for approval, cumulative and scoring ballots, in the
 * voter's order for ranked ones. Anyone holding the published ballots computes the same value.
 */
public final class BallotSetHash {

    private BallotSetHash() {
    }

    public static String of(Election election) {
        List<String> lines = new ArrayList<>();
        for (Ballot ballot : election.ballots()) {
            var entries = ballot.points().entrySet().stream();
            if (election.kind() != BallotKind.ORDINAL) {
                entries = entries.sorted(Map.Entry.comparingByKey());
            }
            lines.add(entries.map(e -> e.getKey() + ":" + e.getValue().exact()).collect(Collectors.joining(",")));
        }
        java.util.Collections.sort(lines);
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(String.join("\n", lines).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK always has SHA-256", e);
        }
    }
}
