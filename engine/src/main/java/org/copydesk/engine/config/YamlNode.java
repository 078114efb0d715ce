package org.copydesk.engine.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * One value of a YAML document as plain data, with the line it starts on: a mapping (string keys, in file
 * order), a sequence or a scalar (its text as written). Read through Jackson's streaming YAML parser, which
 * builds no objects from tags, so a file cannot make the program instantiate anything.
 *
 * @param line 1-based line of the value in the file, 0 when unknown
 */
record YamlNode(Object value, boolean scalar, int line) {

    /** SnakeYAML's own guards against hostile files: few aliases, shallow nesting, small size. */
    private static final YAMLFactory YAML = YAMLFactory.builder().loaderOptions(loaderOptions()).build();

    static YamlNode parse(String text, String file) {
        try (JsonParser p = YAML.createParser(text)) {
            JsonToken first = p.nextToken();
            if (first == null) {
                return new YamlNode(Map.of(), false, 1);
            }
            YamlNode root = read(p, file, "");
            if (p.nextToken() != null) {
                throw new ConfigException(file + ":" + line(p.currentTokenLocation()) + ": only one YAML document"
                        + " is allowed");
            }
            return root;
        } catch (JsonProcessingException e) {
            String msg = e.getOriginalMessage() == null ? "malformed YAML" : e.getOriginalMessage();
            return fail(file + ":" + line(e.getLocation()) + ": not valid YAML: " + msg.lines().findFirst().orElse(msg));
        } catch (IOException e) {
            return fail(file + ": cannot read: " + e.getMessage());
        }
    }

    private static YamlNode read(JsonParser p, String file, String key) throws IOException {
        int line = line(p.currentTokenLocation());
        JsonToken t = p.currentToken();
        if (t == JsonToken.START_OBJECT) {
            Map<String, YamlNode> m = new LinkedHashMap<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                int at = line(p.currentTokenLocation());
                String path = key.isEmpty() ? name : key + "." + name;
                p.nextToken();
                YamlNode value = read(p, file, path);
                // messages point at the key, which is where a block value's problem is read
                if (m.put(name, new YamlNode(value.value, value.scalar, at)) != null) {
                    throw new ConfigException(file + ":" + at + ": " + path + ": the key appears twice");
                }
            }
            return new YamlNode(Collections.unmodifiableMap(m), false, line);
        }
        if (t == JsonToken.START_ARRAY) {
            List<YamlNode> list = new ArrayList<>();
            while (p.nextToken() != JsonToken.END_ARRAY) {
                list.add(read(p, file, key));
            }
            return new YamlNode(Collections.unmodifiableList(list), false, line);
        }
        return new YamlNode(t == JsonToken.VALUE_NULL ? null : p.getText(), true, line);
    }

    boolean isMap() {
        return value instanceof Map;
    }

    boolean isList() {
        return value instanceof List;
    }

    @SuppressWarnings("unchecked") // built above only with String keys and YamlNode values
    Map<String, YamlNode> map() {
        return (Map<String, YamlNode>) value;
    }

    @SuppressWarnings("unchecked")
    List<YamlNode> list() {
        return (List<YamlNode>) value;
    }

    /** The scalar's text, {@code null} for an empty value. */
    String text() {
        return (String) value;
    }

    private static int line(JsonLocation l) {
        return l == null || l.getLineNr() < 1 ? 0 : l.getLineNr();
    }

    private static YamlNode fail(String message) {
        throw new ConfigException(message.replace(":0:", ":"));
    }

    private static LoaderOptions loaderOptions() {
        LoaderOptions o = new LoaderOptions();
        o.setAllowDuplicateKeys(false);
        o.setMaxAliasesForCollections(10);
        o.setNestingDepthLimit(20);
        o.setCodePointLimit(1 << 20);
        return o;
    }
}
