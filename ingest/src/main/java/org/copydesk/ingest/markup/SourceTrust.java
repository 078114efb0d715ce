package org.copydesk.ingest.markup;

import java.util.List;
import java.util.Locale;
import org.copydesk.core.DataFiles;

/**
 * The order of trust between metadata sources ({@code source-trust.txt}): a rank for each provenance label,
 * lower is more trusted. Visible date lines are ranked by the caller, which knows where they stand.
 */
public final class SourceTrust {

    private static final List<String> ORDER = DataFiles.lines(SourceTrust.class, "source-trust.txt");

    private SourceTrust() {
    }

    /** The rank of {@code source}; unknown sources rank after every listed one. */
    public static int rank(String source) {
        String s = source.toLowerCase(Locale.ROOT);
        for (int i = 0; i < ORDER.size(); i++) {
            if (matches(ORDER.get(i), s)) {
                return i;
            }
        }
        return ORDER.size();
    }

    private static boolean matches(String pattern, String s) {
        if (!pattern.contains("*")) {
            return pattern.equals(s);
        }
        String[] parts = pattern.split("\\*", -1);
        int at = 0;
        for (int i = 0; i < parts.length; i++) {
            int found = i == 0 ? (s.startsWith(parts[0]) ? 0 : -1) : s.indexOf(parts[i], at);
            if (found < 0) {
                return false;
            }
            at = found + parts[i].length();
        }
        return true;
    }
}
