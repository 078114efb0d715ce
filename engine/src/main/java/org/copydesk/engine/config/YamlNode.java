package org.copydesk.engine.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactoryBuilder;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;

/**
 * One value of a YAML document as plain data, with the line it starts on: a mapping (string keys, in file
 * order), a sequence or a scalar (its text as written). Read through Jackson's streaming YAML parser, which
 * builds no objects from tags, so a file cannot make the program instantiate anything. Anchors ({@code &p}),
 * aliases ({@code *p}) and explicit tags ({@code !!str}, {@code !foo}) are refused wherever they stand, keys
 * included: Jackson would hand an alias on as a string holding its name and drop tags and most anchors silently.
 *
 * @param line 1-based line of the value in the file, 0 when unknown
 */
record YamlNode(Object value, boolean scalar, int line) {

    /** SnakeYAML's own guards against hostile files: few aliases, shallow nesting, small size. */
    private static final Factory YAML = new Factory(YAMLFactory.builder().loaderOptions(loaderOptions()));

    /** How the key of the document's root is named in messages, as {@link ConfigReader} names it. */
    private static final String ROOT = "the top level";

    static YamlNode parse(String text, String file) {
        try (JsonParser p = YAML.open(text)) {
            JsonToken first = next(p, file, "", false);
            if (first == null) {
                return new YamlNode(Map.of(), false, 1);
            }
            YamlNode root = read(p, file, "");
            if (next(p, file, "", false) != null) {
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
            while (next(p, file, key, true) == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                int at = line(p.currentTokenLocation());
                String path = key.isEmpty() ? name : key + "." + name;
                next(p, file, path, false);
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
            while (next(p, file, key, false) != JsonToken.END_ARRAY) {
                list.add(read(p, file, key));
            }
            return new YamlNode(Collections.unmodifiableList(list), false, line);
        }
        return new YamlNode(t == JsonToken.VALUE_NULL ? null : p.getText(), true, line);
    }

    /**
     * The next token. A node the parser refuses is reported at its own line under {@code key}, the key whose
     * value it is; in key position ({@code inKey}, {@code key} naming the mapping) under the key itself when it
     * is a scalar, else (an alias) under the mapping.
     */
    private static JsonToken next(JsonParser p, String file, String key, boolean inKey) throws IOException {
        try {
            return p.nextToken();
        } catch (Refused r) {
            String path = inKey && r.name != null ? (key.isEmpty() ? r.name : key + "." + r.name) : key;
            return fail(file + ":" + r.line + ": " + (path.isEmpty() ? ROOT : path) + ": " + r.problem);
        }
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

    private static <T> T fail(String message) {
        throw new ConfigException(message.replace(":0:", ":"));
    }

    /** What is wrong with one parser event, {@code null} when nothing is: an alias, an anchor or a tag. */
    private static String refusal(Event e) {
        if (e instanceof AliasEvent a) {
            return "YAML aliases (*" + a.getAnchor() + ") are not supported: write the value out";
        }
        if (e instanceof NodeEvent n && n.getAnchor() != null) {
            return "YAML anchors (&" + n.getAnchor() + ") are not supported";
        }
        String tag = e instanceof ScalarEvent s ? s.getTag() : e instanceof CollectionStartEvent c ? c.getTag() : null;
        return tag == null ? null : "explicit YAML tags (" + written(tag) + ") are not allowed";
    }

    /** A resolved tag the way it is usually written: {@code !!str}, {@code !foo}, else {@code !<uri>}. */
    private static String written(String tag) {
        String core = "tag:yaml.org,2002:";
        if (tag.startsWith(core)) {
            return "!!" + tag.substring(core.length());
        }
        return tag.startsWith("!") ? tag : "!<" + tag + ">";
    }

    /**
     * A refused node met by {@link Parser}: the problem, its 1-based line, and its text when it is a scalar (the
     * name, when it stands as a key).
     */
    private static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final int line;
        final String problem;
        final String name;

        Refused(String problem, int line, String name) {
            super(problem, null, false, false);
            this.problem = problem;
            this.line = line;
            this.name = name;
        }
    }

    /**
     * Jackson's YAML parser, looking at each SnakeYAML event before Jackson turns it into tokens. Jackson's own
     * view is not enough: an alias where a key should be fails as broken YAML, {@code getObjectId()} never names
     * the anchor of a scalar, and {@code getTypeId()} misses the tag of a key.
     */
    private static final class Parser extends YAMLParser {
        Parser(IOContext ctxt, int features, int yamlFeatures, LoaderOptions options, Reader r) {
            super(ctxt, features, yamlFeatures, options, null, r);
        }

        @Override
        protected Event getEvent() throws IOException {
            Event e = super.getEvent();
            String problem = e == null ? null : refusal(e);
            if (problem != null) {
                String name = e instanceof ScalarEvent s ? s.getValue() : null;
                throw new Refused(problem, e.getStartMark() == null ? 0 : e.getStartMark().getLine() + 1, name);
            }
            return e;
        }
    }

    /** Makes {@link Parser}s with the factory's settings (the loader options above among them). */
    private static final class Factory extends YAMLFactory {
        private static final long serialVersionUID = 1L;

        Factory(YAMLFactoryBuilder b) {
            super(b);
        }

        Parser open(String text) throws IOException {
            return (Parser) createParser(text);
        }

        @Override
        protected YAMLParser _createParser(Reader r, IOContext ctxt) {
            return new Parser(ctxt, _parserFeatures, _yamlParserFeatures, _loaderOptions, r);
        }
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
