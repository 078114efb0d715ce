package org.copydesk.ingest.meta;

import com.optimaize.langdetect.i18n.LdLocale;
import com.optimaize.langdetect.profiles.BuiltInLanguages;
import com.optimaize.langdetect.profiles.LanguageProfile;
import com.optimaize.langdetect.profiles.LanguageProfileBuilder;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Optimaize's built-in language profiles, read from the files it ships with the same result as its own reader
 * ({@code LanguageProfileReader.readAllBuiltIn}) in a fraction of the time. Its reader splits each 50 KB file with
 * regexes and {@code String.split}, about a second of every run's CPU before the first page that needs it; this one
 * walks the text once. The n-gram counts are the profile: everything else in a file (the word counts) is unused
 * by the detector, as it is by Optimaize's own conversion.
 */
final class NgramProfiles {

    private static final String DIRECTORY = "languages/";
    private static final Pattern FREQ = Pattern.compile("\"freq\" ?: ?\\{");
    private static final Pattern NAME = Pattern.compile("\"name\" ?: ?\"(.+?)\"");

    private NgramProfiles() {
    }

    /** Every built-in profile, in Optimaize's order. */
    static List<LanguageProfile> readBuiltIn() throws IOException {
        List<LanguageProfile> profiles = new ArrayList<>();
        for (LdLocale locale : BuiltInLanguages.getLanguages()) {
            String path = DIRECTORY + locale;
            try (InputStream in = LanguageProfileReader.class.getClassLoader().getResourceAsStream(path)) {
                if (in == null) {
                    throw new IOException("no language profile at " + path);
                }
                profiles.add(parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            }
        }
        return profiles;
    }

    /**
     * One profile file's text as Optimaize's reader takes it: line breaks read as spaces, the {@code freq} object up
     * to its first closing brace, its entries split at commas and each at its first colon, quotes and surrounding
     * spaces dropped from the n-gram. A profile lists each n-gram once (Optimaize writes them from a map), so the
     * counts go straight into the profile.
     */
    static LanguageProfile parse(String file) throws IOException {
        String text = file.indexOf('\n') < 0 && file.indexOf('\r') < 0 ? file
                : file.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
        Matcher name = NAME.matcher(text);
        if (!name.find()) {
            throw new IOException("a language profile without a name");
        }
        LanguageProfileBuilder builder = new LanguageProfileBuilder(LdLocale.fromString(name.group(1)));
        Matcher open = FREQ.matcher(text);
        if (open.find()) {
            int close = text.indexOf('}', open.end());
            if (close > open.end()) {
                for (int start = open.end(); start <= close; ) {
                    int comma = text.indexOf(',', start);
                    int end = comma < 0 || comma > close ? close : comma;
                    int colon = text.indexOf(':', start);
                    if (colon < 0 || colon >= end) {
                        throw new IOException("a profile entry without a count: " + text.substring(start, end));
                    }
                    int nextColon = text.indexOf(':', colon + 1);
                    builder.addGram(gram(text, start, colon),
                            count(text, colon + 1, nextColon >= 0 && nextColon < end ? nextColon : end));
                    start = end + 1;
                }
            }
        }
        return builder.build();
    }

    /** The n-gram in {@code text[start, end)}: trimmed, without quotes; one quoted word is cut out directly. */
    private static String gram(String text, int start, int end) {
        int s = start;
        int e = end;
        while (s < e && text.charAt(s) <= ' ') {
            s++;
        }
        while (e > s && text.charAt(e - 1) <= ' ') {
            e--;
        }
        if (e - s >= 2 && text.charAt(s) == '"' && text.charAt(e - 1) == '"' && text.indexOf('"', s + 1) == e - 1) {
            return text.substring(s + 1, e - 1);
        }
        return text.substring(s, e).replace("\"", "");
    }

    /** The count in {@code text[start, end)}, read as {@link Integer#valueOf(String)} reads it. */
    private static int count(String text, int start, int end) {
        int n = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9' || n > (Integer.MAX_VALUE - 9) / 10) {
                return Integer.valueOf(text.substring(start, end)); // signs, odd digits, overflow: as Java reads them
            }
            n = n * 10 + (c - '0');
        }
        if (start == end) {
            return Integer.valueOf(""); // throws, as Optimaize's reader would
        }
        return n;
    }
}
