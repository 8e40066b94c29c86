package org.communa.server.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Groups contributions into themes: spherical k-means (cosine) on their TF-IDF vectors, seeded with
 * k-means++, for each number of themes from 2 up, keeping the number whose grouping separates best (mean
 * silhouette). Deterministic: the same contributions give the same themes. Written here rather than taken
 * from a library because the Java ones either want dense vectors (one column per word of the space) or
 * are GPL; the text side (stems, stop words) is PostgreSQL's.
 */
final class ThemeFinder {

    static final double NEAR_DUPLICATE = 0.8;
    static final int MAX_DUPLICATES = 50;
    private static final int RUNS = 4;
    private static final int ITERATIONS = 30;
    private static final int SILHOUETTE_SAMPLE = 400;
    private static final int MIN_THEME = 3;

    /** A theme: its most telling words, and its members, closest to its centre first. */
    record Theme(List<String> words, List<Integer> members) {
    }

    record Pair(int first, int second, double similarity) {
    }

    record Result(List<Theme> themes, List<Integer> unclassified, List<Pair> nearDuplicates) {
    }

    private ThemeFinder() {
    }

    static Result find(TermVectors terms, int maxThemes) {
        List<Map<String, Double>> vectors = smoothed(terms.vectors);
        List<Integer> active = new ArrayList<>();
        List<Integer> unclassified = new ArrayList<>();
        for (int i = 0; i < vectors.size(); i++) {
            (vectors.get(i).isEmpty() ? unclassified : active).add(i);
        }
        List<Theme> themes = new ArrayList<>();
        if (active.size() >= 4) {
            int[] best = null;
            double bestScore = Double.NEGATIVE_INFINITY;
            for (int k = 2; k <= Math.min(maxThemes, active.size() / 2); k++) {
                int[] assignment = bestOf(vectors, active, k);
                if (k > 2 && smallest(assignment, k) < MIN_THEME) {
                    continue; // a "theme" of one or two texts is noise, not a theme
                }
                double score = silhouette(vectors, active, assignment, k);
                if (score > bestScore) {
                    bestScore = score;
                    best = assignment;
                }
            }
            themes = themes(terms, vectors, active, best);
        } else {
            unclassified.addAll(active);
        }
        return new Result(themes, unclassified, nearDuplicates(terms.full));
    }

    /**
     * Each text's vector with a share of the texts it resembles added (weighted by how much): short texts
     * say "lampadaires" or "éclairage", rarely both; the texts that do say both bring them together, while
     * texts on different subjects, which share nothing, stay apart.
     */
    static List<Map<String, Double>> smoothed(List<Map<String, Double>> vectors) {
        List<Map<String, Double>> smoothed = new ArrayList<>();
        for (int i = 0; i < vectors.size(); i++) {
            Map<String, Double> sum = new java.util.HashMap<>(vectors.get(i));
            for (int j = 0; j < vectors.size(); j++) {
                double similarity = i == j ? 0 : Vectors.cosine(vectors.get(i), vectors.get(j));
                if (similarity > 0) {
                    vectors.get(j).forEach((term, weight) -> sum.merge(term, similarity * weight, Double::sum));
                }
            }
            smoothed.add(Vectors.unit(sum));
        }
        return smoothed;
    }

    private static int smallest(int[] assignment, int k) {
        int[] size = new int[k];
        for (int a : assignment) {
            size[a]++;
        }
        return java.util.Arrays.stream(size).min().orElse(0);
    }

    /** The tightest of a few seeded runs (highest total similarity of members to their centre). */
    private static int[] bestOf(List<Map<String, Double>> vectors, List<Integer> active, int k) {
        int[] best = null;
        double bestFit = Double.NEGATIVE_INFINITY;
        for (int run = 0; run < RUNS; run++) {
            int[] assignment = kMeans(vectors, active, k, new Random(31L * k + run));
            double fit = 0;
            List<Map<String, Double>> centres = centres(vectors, active, assignment, k);
            for (int i = 0; i < active.size(); i++) {
                fit += Vectors.cosine(vectors.get(active.get(i)), centres.get(assignment[i]));
            }
            if (fit > bestFit) {
                bestFit = fit;
                best = assignment;
            }
        }
        return best;
    }

    private static int[] kMeans(List<Map<String, Double>> vectors, List<Integer> active, int k, Random random) {
        List<Map<String, Double>> centres = new ArrayList<>();
        centres.add(vectors.get(active.get(random.nextInt(active.size()))));
        while (centres.size() < k) {
            // k-means++: the next centre is drawn with odds growing with the distance to the nearest centre
            double[] weights = new double[active.size()];
            double total = 0;
            for (int i = 0; i < active.size(); i++) {
                double distance = 1 - nearest(vectors.get(active.get(i)), centres).similarity();
                weights[i] = distance * distance;
                total += weights[i];
            }
            double pick = random.nextDouble() * total;
            int chosen = 0;
            while (chosen < active.size() - 1 && (pick -= weights[chosen]) > 0) {
                chosen++;
            }
            centres.add(vectors.get(active.get(chosen)));
        }
        int[] assignment = new int[active.size()];
        for (int iteration = 0; iteration < ITERATIONS; iteration++) {
            boolean moved = false;
            for (int i = 0; i < active.size(); i++) {
                int cluster = nearest(vectors.get(active.get(i)), centres).index();
                moved |= cluster != assignment[i] || iteration == 0;
                assignment[i] = cluster;
            }
            if (!moved) {
                break;
            }
            centres = centres(vectors, active, assignment, k);
        }
        return assignment;
    }

    private record Nearest(int index, double similarity) {
    }

    private static Nearest nearest(Map<String, Double> vector, List<Map<String, Double>> centres) {
        int best = 0;
        double similarity = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < centres.size(); c++) {
            double s = Vectors.cosine(vector, centres.get(c));
            if (s > similarity) {
                similarity = s;
                best = c;
            }
        }
        return new Nearest(best, similarity);
    }

    private static List<Map<String, Double>> centres(List<Map<String, Double>> vectors, List<Integer> active, int[] assignment, int k) {
        List<Map<String, Double>> centres = new ArrayList<>();
        for (int c = 0; c < k; c++) {
            List<Map<String, Double>> members = new ArrayList<>();
            for (int i = 0; i < active.size(); i++) {
                if (assignment[i] == c) {
                    members.add(vectors.get(active.get(i)));
                }
            }
            centres.add(Vectors.centroid(members));
        }
        return centres;
    }

    /** Mean silhouette (cosine distance) over the first points, up to a sample: how well separated the themes are. */
    private static double silhouette(List<Map<String, Double>> vectors, List<Integer> active, int[] assignment, int k) {
        int n = Math.min(active.size(), SILHOUETTE_SAMPLE);
        double sum = 0;
        for (int i = 0; i < n; i++) {
            double[] distance = new double[k];
            int[] size = new int[k];
            for (int j = 0; j < n; j++) {
                if (i != j) {
                    distance[assignment[j]] += 1 - Vectors.cosine(vectors.get(active.get(i)), vectors.get(active.get(j)));
                    size[assignment[j]]++;
                }
            }
            int own = assignment[i];
            if (size[own] == 0) {
                continue; // alone in its theme: counts as 0
            }
            double a = distance[own] / size[own];
            double b = Double.POSITIVE_INFINITY;
            for (int c = 0; c < k; c++) {
                if (c != own && size[c] > 0) {
                    b = Math.min(b, distance[c] / size[c]);
                }
            }
            if (b != Double.POSITIVE_INFINITY) {
                sum += (b - a) / Math.max(a, b);
            }
        }
        return sum / n;
    }

    private static List<Theme> themes(TermVectors terms, List<Map<String, Double>> vectors, List<Integer> active, int[] assignment) {
        int k = 0;
        for (int a : assignment) {
            k = Math.max(k, a + 1);
        }
        List<Map<String, Double>> centres = centres(vectors, active, assignment, k);
        List<Theme> themes = new ArrayList<>();
        for (int c = 0; c < k; c++) {
            Map<String, Double> centre = centres.get(c);
            List<Integer> members = new ArrayList<>();
            for (int i = 0; i < active.size(); i++) {
                if (assignment[i] == c) {
                    members.add(active.get(i));
                }
            }
            if (members.isEmpty()) {
                continue;
            }
            members.sort(Comparator.comparingDouble((Integer m) -> -Vectors.cosine(vectors.get(m), centre)).thenComparing(m -> m));
            List<String> words = centre.entrySet().stream()
                    .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .limit(3).map(e -> terms.wordOf.getOrDefault(e.getKey(), e.getKey())).toList();
            themes.add(new Theme(words, members));
        }
        themes.sort(Comparator.comparingInt((Theme t) -> -t.members().size()).thenComparing(t -> t.members().get(0)));
        return themes;
    }

    private static List<Pair> nearDuplicates(List<Map<String, Double>> vectors) {
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < vectors.size(); i++) {
            for (int j = i + 1; j < vectors.size(); j++) {
                double similarity = Vectors.cosine(vectors.get(i), vectors.get(j));
                if (similarity >= NEAR_DUPLICATE) {
                    pairs.add(new Pair(i, j, similarity));
                }
            }
        }
        pairs.sort(Comparator.comparingDouble((Pair p) -> -p.similarity()));
        return pairs.size() > MAX_DUPLICATES ? pairs.subList(0, MAX_DUPLICATES) : pairs;
    }
}
