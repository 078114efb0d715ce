package org.copydesk.ingest.markup;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Parses the JSON that pages put in script blocks, which is often not quite JSON: comments, CDATA wrappers,
 * trailing commas, raw newlines inside strings, single quotes, several objects one after another, a stray
 * semicolon or a truncated tail. What cannot be recovered is skipped, never fatal.
 */
final class LenientJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
                    .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
                    .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
                    .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
                    .enable(JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
                    .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
                    .enable(JsonReadFeature.ALLOW_MISSING_VALUES)
                    .build())
            .build();

    private LenientJson() {
    }

    /** The JSON values in {@code script}, in order; empty when nothing could be read. */
    static List<JsonNode> parse(String script) {
        String s = unwrap(script);
        if (s.isEmpty()) {
            return List.of();
        }
        List<JsonNode> out = sequence(s);
        if (!out.isEmpty()) {
            return out;
        }
        // a truncated or over-long block: keep the longest prefix that closes
        return balancedPrefix(s).map(LenientJson::sequence).orElse(List.of());
    }

    /** Parses one JSON value held in a string (a meta tag's content), or nothing. */
    static Optional<JsonNode> parseValue(String s) {
        List<JsonNode> nodes = parse(s);
        return nodes.isEmpty() ? Optional.empty() : Optional.of(nodes.get(0));
    }

    private static List<JsonNode> sequence(String s) {
        List<JsonNode> out = new ArrayList<>();
        try (JsonParser p = MAPPER.createParser(s)) {
            MappingIterator<JsonNode> it = MAPPER.readValues(p, JsonNode.class);
            while (it.hasNextValue()) {
                out.add(it.nextValue());
            }
        } catch (IOException | RuntimeException e) {
            return out.isEmpty() ? List.of() : out;
        }
        return out;
    }

    private static String unwrap(String script) {
        String s = script.strip();
        s = s.replaceAll("^(?:<!--|//\\s*<!\\[CDATA\\[|/\\*\\s*<!\\[CDATA\\[\\s*\\*/|<!\\[CDATA\\[)\\s*", "");
        s = s.replaceAll("\\s*(?:-->|//\\s*]]>|/\\*\\s*]]>\\s*\\*/|]]>)$", "");
        s = s.strip();
        while (s.endsWith(";")) {
            s = s.substring(0, s.length() - 1).strip();
        }
        return s;
    }

    /**
     * The first value's text up to where its brackets balance; for a truncated value, the text up to its last
     * complete member with the open brackets closed.
     */
    private static Optional<String> balancedPrefix(String s) {
        int start = 0;
        while (start < s.length() && s.charAt(start) != '{' && s.charAt(start) != '[') {
            start++;
        }
        StringBuilder open = new StringBuilder();
        int lastClose = -1;
        String openAtLastClose = "";
        boolean inString = false;
        char quote = 0;
        for (int i = start; i < s.length(); i++) {
            char c = s.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    inString = false;
                }
            } else if (c == '"' || c == '\'') {
                inString = true;
                quote = c;
            } else if (c == '{' || c == '[') {
                open.append(c == '{' ? '}' : ']');
            } else if ((c == '}' || c == ']') && open.length() > 0) {
                open.setLength(open.length() - 1);
                if (open.length() == 0) {
                    return Optional.of(s.substring(start, i + 1));
                }
                lastClose = i;
                openAtLastClose = open.toString();
            }
        }
        if (lastClose < 0) {
            return Optional.empty();
        }
        return Optional.of(s.substring(start, lastClose + 1) + new StringBuilder(openAtLastClose).reverse());
    }
}
