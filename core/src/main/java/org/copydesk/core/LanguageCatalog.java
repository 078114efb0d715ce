package org.copydesk.core;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The languages Copydesk has word lists for ({@code languages.txt}: an ISO 639-1 code a line, its English
 * name, and {@code always} for a language tried beside any other). The lists themselves are the ingest
 * module's ({@code lang/<code>/}); the catalogue is here so that the rules can tell a language that has them
 * from one that has not.
 */
public final class LanguageCatalog {

    private static final List<String> KNOWN;
    private static final List<String> ALWAYS;
    /** The catalogued codes as ISO 639-1 and as ISO 639-2 ({@code de}, {@code deu}). */
    private static final Set<String> CODES;

    static {
        List<String> known = new ArrayList<>();
        List<String> always = new ArrayList<>();
        for (String line : DataFiles.lines(LanguageCatalog.class, "languages.txt")) {
            String[] f = line.split("\\s+");
            known.add(f[0]);
            if (f[f.length - 1].equals("always")) {
                always.add(f[0]);
            }
        }
        KNOWN = ImmutableList.copyOf(known);
        ALWAYS = ImmutableList.copyOf(always);
        CODES = known.stream().flatMap(code -> Stream.of(code, Locale.forLanguageTag(code).getISO3Language()))
                .collect(ImmutableSet.toImmutableSet());
    }

    private LanguageCatalog() {
    }

    /** Every catalogued code, in the catalogue's order. */
    public static List<String> known() {
        return KNOWN;
    }

    /** The codes tried beside whichever language a document is in. */
    public static List<String> always() {
        return ALWAYS;
    }

    /**
     * Whether {@code tag} (an ISO 639-1 or 639-2 code or a language tag such as {@code de-AT} or {@code fra})
     * names a catalogued language.
     */
    public static boolean has(String tag) {
        if (tag == null || tag.isBlank()) {
            return false;
        }
        return CODES.contains(tag.strip().split("[-_]")[0].toLowerCase(Locale.ROOT));
    }
}
