package org.copydesk.ingest.quotes;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.copydesk.core.DataFiles;

/**
 * A logistic regression over {@link QuoteSignals}: the probability that a quote's speaker is right (or, for a quote
 * credited to nobody, that nobody is credited), p = 1 / (1 + e^-(b + Σ wᵢ·xᵢ)). The coefficients ship in
 * {@code speaker-confidence.tsv} beside this class (one {@code feature, weight} line each, the intercept named
 * {@code (intercept)}), with a header saying how they were fitted; {@code scripts/fit-quote-confidence.py} writes
 * it. A signal the file does not weigh counts nothing.
 */
final class SpeakerConfidence {

    static final String INTERCEPT = "(intercept)";
    /** Probabilities are reported to three decimals, as the page's confidence is. */
    private static final int DIGITS = 3;

    private static final SpeakerConfidence SHIPPED = parse(DataFiles.lines(SpeakerConfidence.class,
            "speaker-confidence.tsv"));

    private final Map<String, Double> weights;

    private SpeakerConfidence(Map<String, Double> weights) {
        this.weights = weights;
    }

    /** The model shipped in the jar. */
    static SpeakerConfidence shipped() {
        return SHIPPED;
    }

    static SpeakerConfidence parse(List<String> lines) {
        Map<String, Double> w = new HashMap<>();
        for (String line : lines) {
            String[] f = line.split("\t");
            if (f.length != 2) {
                throw new IllegalStateException("speaker confidence line is not 'feature, weight': " + line);
            }
            w.put(f[0], Double.parseDouble(f[1]));
        }
        return new SpeakerConfidence(w);
    }

    /** The probability, to three decimals, that the speaker read from {@code signals} is right. */
    double estimate(Map<String, Double> signals) {
        double z = weights.getOrDefault(INTERCEPT, 0.0);
        for (Map.Entry<String, Double> e : signals.entrySet()) {
            z += weights.getOrDefault(e.getKey(), 0.0) * e.getValue();
        }
        double p = 1.0 / (1.0 + Math.exp(-z));
        return BigDecimal.valueOf(p).setScale(DIGITS, RoundingMode.HALF_EVEN).doubleValue();
    }
}
