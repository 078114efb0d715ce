package org.copydesk.engine.config;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.copydesk.core.BoilerplateCategory;
import org.copydesk.rules.Profile;
import org.copydesk.rules.RuleRegistry;

/**
 * Reads and validates {@code copydesk.yml}. The file is found only where the user points: {@code --config FILE}
 * or the working directory, never beside the inputs, so no document being checked can change the configuration.
 * Every mistake is one {@link ConfigException} naming {@code file:line} and the key.
 */
public final class ConfigReader {

    /** The file looked for in the working directory when {@code --config} is not given. */
    public static final String DEFAULT_NAME = "copydesk.yml";

    private static final Set<String> TOP = Set.of("profile", "fail-on", "rules", "thresholds", "agencies",
            "boilerplate", "limits");
    private static final Set<String> THRESHOLDS = Set.of("stale-update-days", "min-words", "anonymous-share",
            "min-confidence");
    private static final Set<String> LIMITS = Set.of("max-bytes", "max-chars", "max-depth", "timeout");
    private static final int MAX_BYTES = 1 << 20;

    private final String file;

    private ConfigReader(String file) {
        this.file = file;
    }

    /**
     * The configuration for a run: {@code explicit} when given (it must exist), else {@code copydesk.yml} in
     * {@code workingDir} when there is one, else the built-in defaults.
     */
    public static CopydeskConfig load(Path explicit, Path workingDir) {
        if (explicit != null) {
            return read(explicit);
        }
        Path found = workingDir.resolve(DEFAULT_NAME);
        return Files.isRegularFile(found) ? read(found) : CopydeskConfig.empty();
    }

    /** Reads one configuration file. */
    public static CopydeskConfig read(Path path) {
        Source source = readSource(path);
        return parse(source.text(), source.name());
    }

    /** A configuration file's text and the name it goes by in messages. */
    public record Source(String name, String text) implements java.io.Serializable {
        private static final long serialVersionUID = 1L;
    }

    /**
     * The configuration file a run would {@link #load}, read but not parsed: {@code explicit} when given (it must
     * exist), else {@code copydesk.yml} in {@code workingDir} when there is one, else none.
     */
    public static Optional<Source> locate(Path explicit, Path workingDir) {
        if (explicit != null) {
            return Optional.of(readSource(explicit));
        }
        Path found = workingDir.resolve(DEFAULT_NAME);
        return Files.isRegularFile(found) ? Optional.of(readSource(found)) : Optional.empty();
    }

    private static Source readSource(Path path) {
        String name = path.toString();
        byte[] bytes;
        try {
            if (Files.isDirectory(path)) {
                throw new ConfigException(name + ": is a directory, not a configuration file");
            }
            if (Files.size(path) > MAX_BYTES) {
                throw new ConfigException(name + ": larger than " + MAX_BYTES + " bytes");
            }
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new ConfigException(name + ": no such configuration file");
        } catch (IOException e) {
            throw new ConfigException(name + ": cannot read: " + e.getMessage());
        }
        try {
            return new Source(name, StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes))
                    .toString());
        } catch (CharacterCodingException e) {
            throw new ConfigException(name + ": not UTF-8 text");
        }
    }

    /** Parses configuration text; {@code file} names it in messages. */
    public static CopydeskConfig parse(String text, String file) {
        return new ConfigReader(file).config(YamlNode.parse(text, file));
    }

    private CopydeskConfig config(YamlNode root) {
        Map<String, YamlNode> top = mapping(root, "the top level");
        unknownKeys(top, TOP, "", "profile, fail-on, rules, thresholds, agencies, boilerplate, limits");
        Optional<Profile> profile = Optional.ofNullable(top.get("profile")).map(n -> Profile.fromId(scalar(n,
                "profile")).orElseThrow(() -> error(n, "profile", "unknown profile '" + n.text()
                        + "' (scrape-audit or pre-publication)")));
        Optional<String> failOn = Optional.ofNullable(top.get("fail-on")).map(n -> {
            String v = scalar(n, "fail-on").strip().toLowerCase(java.util.Locale.ROOT);
            if (!List.of("error", "warning", "info", "never").contains(v)) {
                throw error(n, "fail-on", "must be error, warning, info or never, not '" + n.text() + "'");
            }
            return v;
        });
        Map<String, RuleLevel> rules = new LinkedHashMap<>();
        if (top.containsKey("rules")) {
            mapping(top.get("rules"), "rules").forEach((id, n) -> {
                String key = "rules." + id;
                if (RuleRegistry.byId(id).isEmpty()) {
                    throw error(n, key, "unknown rule id (see 'copydesk rules')");
                }
                rules.put(id, RuleLevel.fromId(scalar(n, key)).orElseThrow(() -> error(n, key,
                        "must be one of " + RuleLevel.ids() + ", not '" + n.text() + "'")));
            });
        }
        Map<String, YamlNode> th = top.containsKey("thresholds") ? mapping(top.get("thresholds"), "thresholds")
                : Map.of();
        unknownKeys(th, THRESHOLDS, "thresholds.", String.join(", ", THRESHOLDS.stream().sorted().toList()));
        Optional<Integer> stale = Optional.ofNullable(th.get("stale-update-days"))
                .map(n -> count(n, "thresholds.stale-update-days"));
        Optional<Integer> minWords = Optional.ofNullable(th.get("min-words")).map(n -> count(n, "thresholds.min-words"));
        Optional<Double> share = Optional.ofNullable(th.get("anonymous-share"))
                .map(n -> share(n, "thresholds.anonymous-share"));
        Optional<Double> minConfidence = Optional.ofNullable(th.get("min-confidence"))
                .map(n -> share(n, "thresholds.min-confidence"));
        List<String> agencies = top.containsKey("agencies") ? phrases(top.get("agencies"), "agencies") : List.of();
        Map<BoilerplateCategory, List<String>> boilerplate = new EnumMap<>(BoilerplateCategory.class);
        if (top.containsKey("boilerplate")) {
            mapping(top.get("boilerplate"), "boilerplate").forEach((id, n) -> {
                String key = "boilerplate." + id;
                BoilerplateCategory c = BoilerplateCategory.fromId(id).orElseThrow(() -> error(n, key,
                        "unknown category (" + categoryIds() + ")"));
                if (c == BoilerplateCategory.OTHER) {
                    throw error(n, key, "phrases cannot be added to 'other'; pick a named category");
                }
                boilerplate.put(c, phrases(n, key));
            });
        }
        return new CopydeskConfig(profile, failOn, rules, stale, minWords, share, minConfidence, agencies, boilerplate,
                limits(top.containsKey("limits") ? mapping(top.get("limits"), "limits") : Map.of()));
    }

    private LimitSettings limits(Map<String, YamlNode> m) {
        unknownKeys(m, LIMITS, "limits.", "max-bytes, max-chars, max-depth, timeout");
        return new LimitSettings(limit(m, "max-bytes", LimitSettings::bytes), limit(m, "max-chars", LimitSettings::count),
                limit(m, "max-depth", LimitSettings::count), limit(m, "timeout", LimitSettings::duration));
    }

    private <T> Optional<T> limit(Map<String, YamlNode> m, String key, java.util.function.Function<String, T> read) {
        return Optional.ofNullable(m.get(key)).map(n -> {
            try {
                return read.apply(scalar(n, "limits." + key));
            } catch (IllegalArgumentException e) {
                throw error(n, "limits." + key, e.getMessage());
            }
        });
    }

    private void unknownKeys(Map<String, YamlNode> m, Set<String> known, String prefix, String expected) {
        m.forEach((k, n) -> {
            if (!known.contains(k)) {
                throw error(n, prefix + k, "unknown key (expected " + expected + ")");
            }
        });
    }

    private Map<String, YamlNode> mapping(YamlNode n, String key) {
        if (n.scalar() && n.text() == null) {
            return Map.of();
        }
        if (!n.isMap()) {
            throw error(n, key, "expected a mapping of keys to values");
        }
        return n.map();
    }

    private String scalar(YamlNode n, String key) {
        if (!n.scalar() || n.text() == null || n.text().isBlank()) {
            throw error(n, key, "expected a single value");
        }
        return n.text();
    }

    private int count(YamlNode n, String key) {
        String v = scalar(n, key).strip();
        try {
            int i = Integer.parseInt(v);
            if (i >= 0) {
                return i;
            }
        } catch (NumberFormatException e) {
            // reported below with the key
        }
        throw error(n, key, "must be a whole number of at least 0, not '" + v + "'");
    }

    private double share(YamlNode n, String key) {
        String v = scalar(n, key).strip();
        try {
            double d = Double.parseDouble(v);
            if (d >= 0 && d <= 1) {
                return d;
            }
        } catch (NumberFormatException e) {
            // reported below with the key
        }
        throw error(n, key, "must be a number from 0 to 1, not '" + v + "'");
    }

    /** A list of non-blank strings. */
    private List<String> phrases(YamlNode n, String key) {
        if (!n.isList()) {
            throw error(n, key, "expected a list of phrases");
        }
        List<String> out = new ArrayList<>();
        for (YamlNode item : n.list()) {
            out.add(scalar(item, key).strip());
        }
        return out;
    }

    private ConfigException error(YamlNode n, String key, String problem) {
        return new ConfigException(file + (n.line() > 0 ? ":" + n.line() : "") + ": " + key + ": " + problem);
    }

    private static String categoryIds() {
        return String.join(", ", java.util.Arrays.stream(BoilerplateCategory.values())
                .filter(c -> c != BoilerplateCategory.OTHER).map(BoilerplateCategory::id).toList());
    }
}
