package org.copydesk.ingest.lang;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.copydesk.core.DataFiles;
import org.copydesk.core.LanguageCatalog;

/**
 * The languages a document is read with, and their word lists. Every list Copydesk reads by language (month
 * and weekday names, date-line labels, byline markers, furniture wording, function words) is a data file
 * {@code lang/<code>/<kind>.txt}; the core's {@link LanguageCatalog} names the languages. A document detected in one
 * language is read with that language's lists plus those marked {@code always}; a document whose language is
 * unknown, or has no lists, is read with every language's. A new language is a new line and a folder of files,
 * no code. Immutable; sets of the same languages are equal, so readers can cache what they compile per set.
 */
public final class Languages {

    private static final List<String> KNOWN = LanguageCatalog.known();
    private static final List<String> ALWAYS = LanguageCatalog.always();
    private static final Map<String, List<String>> FILES = new ConcurrentHashMap<>();
    private static final Languages ALL = new Languages(KNOWN, null);

    private final List<String> codes;
    private final String primary;

    private Languages(List<String> codes, String primary) {
        this.codes = ImmutableList.copyOf(codes);
        this.primary = primary;
    }

    /** Every language with lists, for a document whose language is unknown. */
    public static Languages all() {
        return ALL;
    }

    /**
     * The languages to read a document detected as {@code detected} with (an ISO 639-1 code, a tag such as
     * {@code de-AT}, or {@code null}): that language and the ones always tried, or {@link #all()} when it is
     * unknown or has no lists.
     */
    public static Languages detected(String detected) {
        if (detected == null || detected.isBlank()) {
            return ALL;
        }
        String code = detected.strip().toLowerCase(Locale.ROOT).split("[-_]")[0];
        if (!KNOWN.contains(code)) {
            return ALL;
        }
        Set<String> chosen = new LinkedHashSet<>();
        for (String k : KNOWN) {
            if (k.equals(code) || ALWAYS.contains(k)) {
                chosen.add(k);
            }
        }
        return new Languages(List.copyOf(chosen), code);
    }

    /** Exactly the languages named (each must have lists), the first of them the document's own. */
    public static Languages of(String... codes) {
        List<String> chosen = new ArrayList<>();
        for (String k : KNOWN) {
            for (String c : codes) {
                if (k.equals(c)) {
                    chosen.add(k);
                }
            }
        }
        if (chosen.size() != codes.length) {
            throw new IllegalArgumentException("no word lists for some of " + List.of(codes) + "; known: " + KNOWN);
        }
        return new Languages(chosen, codes[0]);
    }

    /** Every language with lists, in the catalog's order. */
    public static List<String> known() {
        return KNOWN;
    }

    /** The codes of this set, in the catalog's order. */
    public List<String> codes() {
        return codes;
    }

    /**
     * The document's own language, whose conventions decide where languages differ (the order of a numeric
     * date), or {@code null} when it is unknown.
     */
    public String primary() {
        return primary;
    }

    /** Whether this is every language (the language was not known). */
    public boolean isAll() {
        return codes.equals(KNOWN);
    }

    /**
     * The entries of kind {@code kind} (a file name without {@code .txt}, possibly under a folder, such as
     * {@code boilerplate/cookie-consent}) of every language of this set, in the set's order.
     */
    public List<String> lines(String kind) {
        ImmutableList.Builder<String> out = ImmutableList.builder();
        for (String code : codes) {
            out.addAll(lines(code, kind));
        }
        return out.build();
    }

    /** The entries of one language's list of {@code kind}; empty when the language has no such list. */
    public static List<String> lines(String code, String kind) {
        return FILES.computeIfAbsent(code + "/" + kind + ".txt",
                name -> DataFiles.linesIfPresent(Languages.class, name).orElse(List.of()));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Languages l && l.codes.equals(codes) && java.util.Objects.equals(l.primary, primary);
    }

    @Override
    public int hashCode() {
        return codes.hashCode() * 31 + (primary == null ? 0 : primary.hashCode());
    }

    @Override
    public String toString() {
        return primary == null ? "any" : String.join("+", codes);
    }
}
