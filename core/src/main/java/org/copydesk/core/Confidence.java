package org.copydesk.core;

import com.google.common.collect.ImmutableMap;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * How likely each extracted field is to be right: for every field a probability in [0, 1] that the reported
 * value is right, or, when the field is empty, that the document truly has none. {@code null} where nothing was
 * estimated (an unreadable document). Right means: body, a word 4-gram F1 of at least 0.9 against the true article
 * text; headline, the true title; a date, the right day; bylines, exactly the right set of names; language, the
 * language the body is written in. {@code signals} are the named values each field's probability was read from
 * (kept for explaining and refitting the estimate; reports show the probabilities only).
 */
public record Confidence(Double body, Double headline, Double published, Double modified, Double bylines,
        Double language, Map<String, Map<String, Double>> signals) implements Serializable {

    /** The fields a confidence is given for, by their report names, in the report's order. */
    public static final List<String> FIELDS = List.of("body", "headline", "published", "modified", "bylines",
            "language");

    private static final Confidence UNKNOWN = new Confidence(null, null, null, null, null, null, Map.of());

    public Confidence {
        signals = copy(signals);
        check("body", body);
        check("headline", headline);
        check("published", published);
        check("modified", modified);
        check("bylines", bylines);
        check("language", language);
    }

    /** Nothing estimated. */
    public static Confidence unknown() {
        return UNKNOWN;
    }

    /** The confidence of a field by its report name ({@code body}, {@code published}, …), or null. */
    public Double of(String field) {
        return switch (field) {
            case "body" -> body;
            case "headline" -> headline;
            case "published" -> published;
            case "modified" -> modified;
            case "bylines" -> bylines;
            case "language" -> language;
            default -> throw new IllegalArgumentException("no confidence for field " + field);
        };
    }

    private static Map<String, Map<String, Double>> copy(Map<String, Map<String, Double>> signals) {
        ImmutableMap.Builder<String, Map<String, Double>> b = ImmutableMap.builder();
        signals.forEach((field, values) -> b.put(field, ImmutableMap.copyOf(values)));
        return b.build();
    }

    private static void check(String field, Double p) {
        if (p != null && !(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException(field + " confidence " + p + " is not a probability");
        }
    }
}
