package org.communa.server.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Each contribution as a weighted set of stems (TF-IDF, unit length), in its own language: French or
 * English, whichever has more of the text's words among its stop words. For grouping, stems found in only
 * one contribution are left out (they cannot bring two contributions together); near-duplicates are judged
 * on all the stems. Stop words never count.
 * Also keeps, for each stem, the word people wrote most often for it (themes are named with words, not stems).
 */
final class TermVectors {

    final List<Map<String, Double>> vectors = new ArrayList<>();
    /** With every stem, even those of one contribution only: what near-duplicates are judged on. */
    final List<Map<String, Double>> full = new ArrayList<>();
    final Map<String, String> wordOf = new HashMap<>();

    TermVectors(List<Contribution> contributions, Stemmer stemmer) {
        List<List<String>> words = contributions.stream().map(c -> Words.of(c.title() + " " + c.text())).toList();
        Set<String> distinct = new HashSet<>();
        words.forEach(distinct::addAll);
        Map<String, Stemmer.Stems> stems = stemmer.stems(distinct);
        List<Map<String, Integer>> counts = new ArrayList<>();
        Map<String, Integer> documentFrequency = new HashMap<>();
        Map<String, Map<String, Integer>> surfaces = new HashMap<>();
        for (List<String> text : words) {
            boolean french = stopWords(text, stems, true) >= stopWords(text, stems, false);
            Map<String, Integer> terms = new HashMap<>();
            for (String word : text) {
                Stemmer.Stems s = stems.get(word);
                String stem = s == null ? null : french ? s.french() : s.english();
                if (stem == null || stem.length() < 3) {
                    continue;
                }
                terms.merge(stem, 1, Integer::sum);
                surfaces.computeIfAbsent(stem, k -> new HashMap<>()).merge(word, 1, Integer::sum);
            }
            terms.keySet().forEach(t -> documentFrequency.merge(t, 1, Integer::sum));
            counts.add(terms);
        }
        int n = contributions.size();
        for (Map<String, Integer> terms : counts) {
            Map<String, Double> vector = new HashMap<>();
            terms.forEach((term, count) -> {
                int df = documentFrequency.get(term);
                if (df >= 2 && df < n) {
                    vector.put(term, (1 + Math.log(count)) * Math.log((double) n / df));
                }
            });
            vectors.add(Vectors.unit(vector));
            Map<String, Double> all = new HashMap<>();
            terms.forEach((term, count) -> all.put(term, (1 + Math.log(count)) * Math.log((n + 1.0) / documentFrequency.get(term))));
            full.add(Vectors.unit(all));
        }
        surfaces.forEach((stem, written) -> wordOf.put(stem, written.entrySet().stream()
                // the most written; on a tie, the first in alphabetical order
                .max(java.util.Comparator.comparingInt((Map.Entry<String, Integer> e) -> e.getValue())
                        .thenComparing(Map.Entry::getKey, java.util.Comparator.reverseOrder()))
                .orElseThrow().getKey()));
    }

    private static long stopWords(List<String> text, Map<String, Stemmer.Stems> stems, boolean french) {
        return text.stream().map(stems::get).filter(s -> s != null && (french ? s.french() : s.english()) == null).count();
    }
}
