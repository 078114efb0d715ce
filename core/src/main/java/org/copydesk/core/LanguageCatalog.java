package org.copydesk.core;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The languages Copydesk has word lists for ({@code languages.txt}: an ISO 639-1 code a line, its English
 * name, and {@code always} for a language tried beside any other). The lists themselves are the ingest
 * module's ({@code lang/<code>/}); the catalogue is here so that the rules can tell a language that has them
 * from one that has not.
 */
public final class LanguageCatalog {

    private static final List<String> KNOWN;
    private static final List<String> ALWAYS;

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
        String primary = tag.strip().split("[-_]")[0].toLowerCase(Locale.ROOT);
        for (String code : KNOWN) {
            if (code.equals(primary) || Locale.forLanguageTag(code).getISO3Language().equals(primary)) {
                return true;
            }
        }
        return false;
    }
}
