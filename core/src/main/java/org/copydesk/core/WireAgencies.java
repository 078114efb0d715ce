package org.copydesk.core;

import com.google.common.collect.ImmutableMap;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The known wire agencies and news services, loaded from {@code agencies.txt} and extendable by configuration.
 * Lookups ignore case and surrounding punctuation and return the agency's canonical name.
 */
public final class WireAgencies {

    private static final WireAgencies BUILT_IN = load();

    private final Map<String, String> canonicalByAlias;

    private WireAgencies(Map<String, String> canonicalByAlias) {
        this.canonicalByAlias = ImmutableMap.copyOf(canonicalByAlias);
    }

    public static WireAgencies builtIn() {
        return BUILT_IN;
    }

    /** The built-in list plus {@code extra} names (each its own canonical name). */
    public WireAgencies with(Collection<String> extra) {
        Map<String, String> m = new LinkedHashMap<>(canonicalByAlias);
        for (String e : extra) {
            m.putIfAbsent(key(e), e.strip());
        }
        return new WireAgencies(m);
    }

    /** The canonical name when {@code name} is a known agency ("Agence France-Presse" → "AFP"). */
    public Optional<String> canonical(String name) {
        return name == null ? Optional.empty() : Optional.ofNullable(canonicalByAlias.get(key(name)));
    }

    public boolean isAgency(String name) {
        return canonical(name).isPresent();
    }

    private static String key(String s) {
        return s.strip().replaceAll("^[\\p{Punct}\\s]+|[\\p{Punct}\\s]+$", "").replaceAll("\\s+", " ")
                .toLowerCase(Locale.ROOT);
    }

    private static WireAgencies load() {
        Map<String, String> m = new LinkedHashMap<>();
        for (String line : DataFiles.lines(WireAgencies.class, "agencies.txt")) {
            String[] names = line.split("\\|");
            for (String n : names) {
                m.putIfAbsent(key(n), names[0].strip());
            }
        }
        return new WireAgencies(m);
    }
}
