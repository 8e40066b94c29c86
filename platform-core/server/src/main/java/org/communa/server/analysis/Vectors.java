package org.communa.server.analysis;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Sparse vectors of stems: unit length, cosine, centroid. */
final class Vectors {

    private Vectors() {
    }

    static Map<String, Double> unit(Map<String, Double> vector) {
        double norm = Math.sqrt(vector.values().stream().mapToDouble(v -> v * v).sum());
        if (norm == 0) {
            return Map.of();
        }
        Map<String, Double> unit = new HashMap<>();
        vector.forEach((k, v) -> unit.put(k, v / norm));
        return unit;
    }

    /** Cosine of two unit vectors. */
    static double cosine(Map<String, Double> a, Map<String, Double> b) {
        Map<String, Double> small = a.size() <= b.size() ? a : b;
        Map<String, Double> large = small == a ? b : a;
        double dot = 0;
        for (Map.Entry<String, Double> e : small.entrySet()) {
            Double other = large.get(e.getKey());
            if (other != null) {
                dot += e.getValue() * other;
            }
        }
        return dot;
    }

    /** The direction of the members' sum (spherical k-means). */
    static Map<String, Double> centroid(List<Map<String, Double>> members) {
        Map<String, Double> sum = new HashMap<>();
        members.forEach(m -> m.forEach((k, v) -> sum.merge(k, v, Double::sum)));
        return unit(sum);
    }
}
