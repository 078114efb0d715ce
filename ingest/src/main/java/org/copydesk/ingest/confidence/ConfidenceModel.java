package org.copydesk.ingest.confidence;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.copydesk.core.Confidence;
import org.copydesk.core.DataFiles;

/**
 * One logistic regression per field over {@link ConfidenceFeatures}: p = 1 / (1 + e^-(b + Σ wᵢ·xᵢ)). The
 * coefficients ship in {@code model.tsv} beside this class (one {@code field, feature, weight} line each, the
 * intercept named {@code (intercept)}), with a header saying how they were fitted; {@code scripts/fit-confidence.py}
 * writes it. A feature the file does not weigh counts nothing, so signals can be added before they are fitted.
 */
public final class ConfidenceModel {

    static final String INTERCEPT = "(intercept)";
    /** Probabilities are reported to three decimals: finer digits carry no meaning and would churn reports. */
    private static final int DIGITS = 3;

    private final Map<String, Map<String, Double>> weights;

    private ConfidenceModel(Map<String, Map<String, Double>> weights) {
        this.weights = weights;
    }

    /** The model shipped in the jar. */
    public static ConfidenceModel shipped() {
        return parse(DataFiles.lines(ConfidenceModel.class, "model.tsv"));
    }

    static ConfidenceModel parse(List<String> lines) {
        Map<String, Map<String, Double>> w = new HashMap<>();
        for (String line : lines) {
            String[] f = line.split("\t");
            if (f.length != 3 || !Confidence.FIELDS.contains(f[0])) {
                throw new IllegalStateException("confidence model line is not 'field, feature, weight': " + line);
            }
            w.computeIfAbsent(f[0], k -> new HashMap<>()).put(f[1], Double.parseDouble(f[2]));
        }
        return new ConfidenceModel(w);
    }

    /** Every field's probability from its signals; null for a field the model has no coefficients for. */
    public Confidence estimate(Map<String, Map<String, Double>> features) {
        Double[] p = new Double[Confidence.FIELDS.size()];
        for (int i = 0; i < p.length; i++) {
            String field = Confidence.FIELDS.get(i);
            p[i] = probability(field, features.getOrDefault(field, Map.of()));
        }
        return new Confidence(p[0], p[1], p[2], p[3], p[4], p[5], features);
    }

    private Double probability(String field, Map<String, Double> x) {
        Map<String, Double> w = weights.get(field);
        if (w == null) {
            return null;
        }
        double z = w.getOrDefault(INTERCEPT, 0.0);
        for (Map.Entry<String, Double> e : x.entrySet()) {
            z += w.getOrDefault(e.getKey(), 0.0) * e.getValue();
        }
        double p = 1.0 / (1.0 + Math.exp(-z));
        return BigDecimal.valueOf(p).setScale(DIGITS, RoundingMode.HALF_EVEN).doubleValue();
    }
}
