package org.copydesk.ingest.html;

/**
 * Finds the {@code articleBody} string of a page's JSON-LD: publishers fill it for search engines, so it tells
 * which part of the page is the article. Only used as a hint for where the article is; the body the report
 * gives is always the page's own visible text. A plain scan (no regular expression) keeps it linear.
 */
final class JsonLdBody {

    private static final String KEY = "\"articleBody\"";

    private JsonLdBody() {
    }

    /** The longest {@code articleBody} value in {@code markup}, unescaped, or {@code null}. */
    static String find(String markup) {
        if (markup == null) {
            return null;
        }
        String best = null;
        for (int at = markup.indexOf(KEY); at >= 0; at = markup.indexOf(KEY, at + KEY.length())) {
            int i = at + KEY.length();
            while (i < markup.length() && (Character.isWhitespace(markup.charAt(i)) || markup.charAt(i) == ':')) {
                i++;
            }
            if (i >= markup.length() || markup.charAt(i) != '"') {
                continue;
            }
            String v = string(markup, i + 1);
            if (v != null && (best == null || v.length() > best.length())) {
                best = v;
            }
        }
        return best == null || best.isBlank() ? null : best;
    }

    /** The JSON string starting after its opening quote at {@code from}, unescaped; {@code null} if unclosed. */
    private static String string(String s, int from) {
        StringBuilder out = new StringBuilder();
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"') {
                return out.toString();
            }
            if (c != '\\' || i + 1 >= s.length()) {
                out.append(c);
                continue;
            }
            char e = s.charAt(++i);
            switch (e) {
                case 'n', 'r', 't' -> out.append(' ');
                case 'u' -> {
                    if (i + 4 < s.length()) {
                        try {
                            out.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
                        } catch (NumberFormatException ex) {
                            // a broken escape: skip it, the words around it still count
                        }
                        i += 4;
                    }
                }
                default -> out.append(e);
            }
        }
        return null;
    }
}
