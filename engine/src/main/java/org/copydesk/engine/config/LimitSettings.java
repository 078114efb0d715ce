package org.copydesk.engine.config;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.copydesk.ingest.limits.IngestLimits;

/**
 * The per-document limits a run sets ({@code limits:} in {@code copydesk.yml}, or the {@code --max-bytes},
 * {@code --max-chars}, {@code --max-depth} and {@code --timeout} options); unset ones keep the built-in
 * defaults of {@link IngestLimits}. Also reads the values as written: sizes with an optional {@code K},
 * {@code M} or {@code G} (binary) suffix, durations with {@code ms}, {@code s} or {@code m}.
 */
public record LimitSettings(Optional<Long> maxBytes, Optional<Integer> maxChars, Optional<Integer> maxDepth,
        Optional<Duration> timeout) {

    /** Nothing set. */
    public static LimitSettings none() {
        return new LimitSettings(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** These settings over {@code over}: each one set here wins. */
    public LimitSettings over(LimitSettings base) {
        return new LimitSettings(maxBytes.or(base::maxBytes), maxChars.or(base::maxChars),
                maxDepth.or(base::maxDepth), timeout.or(base::timeout));
    }

    /** {@code base} with the limits set here. */
    public IngestLimits applyTo(IngestLimits base) {
        IngestLimits l = base;
        l = maxBytes.map(l::withMaxBytes).orElse(l);
        l = maxChars.map(l::withMaxChars).orElse(l);
        l = maxDepth.map(l::withMaxDepth).orElse(l);
        return timeout.map(l::withTimeout).orElse(l);
    }

    /** {@code 52428800}, {@code 512K}, {@code 50M}, {@code 1G}: a positive number of bytes. */
    public static long bytes(String text) {
        String t = text.strip().toUpperCase(Locale.ROOT);
        if (t.endsWith("B")) {
            t = t.substring(0, t.length() - 1);
        }
        long unit = 1;
        if (!t.isEmpty() && "KMG".indexOf(t.charAt(t.length() - 1)) >= 0) {
            unit = 1L << (10 * ("KMG".indexOf(t.charAt(t.length() - 1)) + 1));
            t = t.substring(0, t.length() - 1).strip();
        }
        long n = positive(t, "a number of bytes such as 50M, 512K or 1048576");
        if (n > Integer.MAX_VALUE / unit) {
            throw new IllegalArgumentException("at most 2G, not '" + text.strip() + "'");
        }
        return n * unit;
    }

    /** A positive whole number of at most 2^31-1 (characters, nesting depth). */
    public static int count(String text) {
        long n = positive(text.strip(), "a whole number of at least 1");
        if (n > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("at most " + Integer.MAX_VALUE + ", not '" + text.strip() + "'");
        }
        return (int) n;
    }

    /** {@code 30s}, {@code 500ms}, {@code 2m}: a positive duration. */
    public static Duration duration(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        String expected = "a duration such as 30s, 500ms or 2m";
        if (t.endsWith("ms")) {
            return Duration.ofMillis(positive(t.substring(0, t.length() - 2).strip(), expected));
        }
        if (t.endsWith("s")) {
            return Duration.ofSeconds(positive(t.substring(0, t.length() - 1).strip(), expected));
        }
        if (t.endsWith("m")) {
            return Duration.ofMinutes(positive(t.substring(0, t.length() - 1).strip(), expected));
        }
        throw new IllegalArgumentException("must be " + expected + ", not '" + text.strip() + "'");
    }

    private static long positive(String t, String expected) {
        try {
            long n = Long.parseLong(t);
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("must be " + expected + ", not '" + t + "'");
    }
}
