package org.copydesk.render;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.copydesk.core.Confidence;

/**
 * The confidence of many documents' fields in figures, as a run summary gives it (the command line's
 * {@code summary.json}, the Spark job's, per site too): per field how many documents had it estimated, the mean,
 * how many were below the minimum and a histogram in tenths; and how many documents had a field the profile relies
 * on below the minimum. Counts are kept in thousandths (reports give three decimals), so the figures do not depend
 * on the order documents were added or tallies merged. Not thread-safe; merge tallies instead.
 */
public final class ConfidenceTally implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int BINS = 10;

    private final List<String> reliedOn;
    private final double minimum;
    private final long[] estimated = new long[Confidence.FIELDS.size()];
    private final long[] thousandths = new long[Confidence.FIELDS.size()];
    private final long[] below = new long[Confidence.FIELDS.size()];
    private final long[][] histogram = new long[Confidence.FIELDS.size()][BINS];
    private long documents;
    private long lowDocuments;

    /** A tally judging documents by the fields {@code reliedOn} (a profile's) against {@code minimum}. */
    public ConfidenceTally(List<String> reliedOn, double minimum) {
        this.reliedOn = List.copyOf(reliedOn);
        this.minimum = minimum;
    }

    /**
     * Counts one document's confidence (field name to probability; fields nobody estimated absent or null) and
     * returns the fields it relies on that are below the minimum, in the report's order (empty when none).
     */
    public Map<String, Double> add(Map<String, Double> confidence) {
        documents++;
        Map<String, Double> low = new LinkedHashMap<>();
        for (int i = 0; i < Confidence.FIELDS.size(); i++) {
            String field = Confidence.FIELDS.get(i);
            Double p = confidence.get(field);
            if (p == null) {
                continue;
            }
            long t = Math.round(Math.max(0, Math.min(1, p)) * 1000);
            estimated[i]++;
            thousandths[i] += t;
            histogram[i][(int) Math.min(BINS - 1, t * BINS / 1000)]++;
            if (p < minimum) {
                below[i]++;
                if (reliedOn.contains(field)) {
                    low.put(field, p);
                }
            }
        }
        if (!low.isEmpty()) {
            lowDocuments++;
        }
        return low;
    }

    /** Counts one document's {@link Confidence}; see {@link #add(Map)}. */
    public Map<String, Double> add(Confidence confidence) {
        Map<String, Double> values = new LinkedHashMap<>();
        for (String field : Confidence.FIELDS) {
            values.put(field, confidence.of(field));
        }
        return add(values);
    }

    /** This tally with {@code other}'s counts added (both made with the same fields and minimum). */
    public ConfidenceTally merge(ConfidenceTally other) {
        documents += other.documents;
        lowDocuments += other.lowDocuments;
        for (int i = 0; i < estimated.length; i++) {
            estimated[i] += other.estimated[i];
            thousandths[i] += other.thousandths[i];
            below[i] += other.below[i];
            for (int b = 0; b < BINS; b++) {
                histogram[i][b] += other.histogram[i][b];
            }
        }
        return this;
    }

    /** The fields a document is judged by, in the report's order. */
    public List<String> reliedOn() {
        return reliedOn;
    }

    /** The confidence below which a field counts as low. */
    public double minimum() {
        return minimum;
    }

    /** Documents counted. */
    public long documents() {
        return documents;
    }

    /** Documents with a field the profile relies on below the minimum. */
    public long lowDocuments() {
        return lowDocuments;
    }

    /** Documents whose {@code field} is below the minimum, relied on or not. */
    public long below(String field) {
        return below[Confidence.FIELDS.indexOf(field)];
    }

    /**
     * The figures as JSON: {@code minimum}, {@code reliedOn}, {@code documents}, {@code lowDocuments}, and per
     * field {@code estimated}, {@code mean}, {@code below}, {@code belowShare} and, unless {@code brief},
     * {@code histogram} (documents per tenth, the last tenth including 1).
     */
    public ObjectNode json(boolean brief) {
        ObjectNode n = JsonNodeFactory.instance.objectNode();
        n.put("minimum", minimum);
        ArrayNode relied = n.putArray("reliedOn");
        reliedOn.forEach(relied::add);
        n.put("documents", documents);
        n.put("lowDocuments", lowDocuments);
        ObjectNode fields = n.putObject("fields");
        for (int i = 0; i < Confidence.FIELDS.size(); i++) {
            ObjectNode f = fields.putObject(Confidence.FIELDS.get(i));
            f.put("estimated", estimated[i]);
            f.put("mean", estimated[i] == 0 ? null : Math.round((double) thousandths[i] / estimated[i]) / 1000.0);
            f.put("below", below[i]);
            f.put("belowShare", estimated[i] == 0 ? 0.0 : Math.round(10000.0 * below[i] / estimated[i]) / 10000.0);
            if (!brief) {
                ArrayNode h = f.putArray("histogram");
                for (long c : histogram[i]) {
                    h.add(c);
                }
            }
        }
        return n;
    }
}
