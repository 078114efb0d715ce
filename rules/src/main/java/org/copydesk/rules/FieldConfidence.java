package org.copydesk.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.copydesk.core.Confidence;

/**
 * Reading a document's {@link Confidence} for the fields a rule or a profile relies on: the lowest of them, and
 * those below a threshold. A field that was not estimated ({@code null}, as for an unreadable document) is left
 * out: nothing is known against it, so it neither lowers a finding nor makes a document doubtful.
 */
public final class FieldConfidence {

    private FieldConfidence() {
    }

    /** The lowest confidence among {@code fields}, or {@code null} when none of them was estimated. */
    public static Double lowest(Confidence confidence, List<String> fields) {
        Double low = null;
        for (String field : fields) {
            Double p = confidence.of(field);
            if (p != null && (low == null || p < low)) {
                low = p;
            }
        }
        return low;
    }

    /** The fields among {@code fields} whose confidence is below {@code min}, in the order given, with their value. */
    public static Map<String, Double> below(Confidence confidence, List<String> fields, double min) {
        Map<String, Double> low = new LinkedHashMap<>();
        for (String field : fields) {
            Double p = confidence.of(field);
            if (p != null && p < min) {
                low.put(field, p);
            }
        }
        return low;
    }

    /**
     * {@code p} with two decimals, rounded down so that a value below a threshold never prints as the threshold
     * itself (0.499 is 0.49, not 0.50).
     */
    public static String twoDecimals(double p) {
        return BigDecimal.valueOf(p).setScale(2, RoundingMode.FLOOR).toPlainString();
    }
}
