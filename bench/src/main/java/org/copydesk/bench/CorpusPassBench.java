package org.copydesk.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;
import org.copydesk.rules.provenance.BodyWords;
import org.copydesk.rules.provenance.CorpusPass;
import org.copydesk.rules.provenance.Shingles;

/**
 * The corpus pass over generated documents with planted copies, to measure its time and memory at scale
 * ({@code scripts/bench-provenance.sh}: 10,000 and 100,000 documents under {@code -Xmx1g}). Every body is made
 * from its number and the seed, so the pass's {@link CorpusPass.Bodies} makes it again instead of keeping it: the
 * run holds what the command line would hold, the entries, and never the texts. A third of the documents are
 * copies of an earlier one (whole, cut to its first half, or edited: a paragraph dropped, a word changed, a local
 * paragraph added), half of them without the source's credit.
 *
 * <p>Usage: {@code CorpusPassBench [--docs N] [--seed S]}; prints the documents, the time to make the entries,
 * the pass's time, candidate and related pairs, stories, the planted copies found, uncredited copies and the peak
 * heap in use.
 */
public final class CorpusPassBench {

    private static final int VOCABULARY = 60_000;
    private static final int PARAGRAPHS = 8;
    private static final int PARAGRAPH_WORDS = 70;

    private final long seed;

    private CorpusPassBench(long seed) {
        this.seed = seed;
    }

    public static void main(String[] args) throws IOException {
        int docs = 100_000;
        long seed = 1;
        Path write = null;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--docs" -> docs = Integer.parseInt(args[i + 1]);
                case "--seed" -> seed = Long.parseLong(args[i + 1]);
                case "--write" -> write = Path.of(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (write != null) {
            new CorpusPassBench(seed).write(docs, write);
        } else {
            new CorpusPassBench(seed).run(docs);
        }
    }

    /**
     * Writes the documents as text files for {@code copydesk check} (a thousand to a folder): headline, byline,
     * publication time (a copy two days or more after its source), an agency dateline when credited, the body.
     */
    private void write(int docs, Path dir) throws IOException {
        LocalDateTime base = LocalDateTime.of(2024, 1, 1, 6, 0);
        DateTimeFormatter published = DateTimeFormatter.ofPattern("EEE d MMM yyyy, h:mm a", Locale.ENGLISH);
        for (int i = 0; i < docs; i++) {
            Doc d = doc(i);
            LocalDateTime at = base.plusMinutes(d.source < 0 ? i : d.source + 2 * 24 * 60 + i % 997);
            String dateline = d.credits.isEmpty() ? "" : "KALOMI (" + d.credits.get(0) + ") — ";
            String text = "Report number " + i + " on the matter of the day\n\n\nBy Staff Writer " + (i % 500)
                    + "\n\nPublished: " + published.format(at) + "\n\n" + dateline + d.body + "\n";
            Path f = dir.resolve(String.format("%03d/doc-%07d.txt", i / 1000, i));
            Files.createDirectories(f.getParent());
            Files.writeString(f, text, StandardCharsets.UTF_8);
        }
        System.out.printf("%d documents written under %s%n", docs, dir);
    }

    private void run(int docs) throws IOException {
        CorpusPass.Settings settings = CorpusPass.Settings.DEFAULTS;
        long t0 = System.nanoTime();
        List<CorpusPass.Entry> entries = new ArrayList<>(docs);
        int planted = 0;
        for (int i = 0; i < docs; i++) {
            Doc d = doc(i);
            planted += d.source >= 0 ? 1 : 0;
            long[] prints = Shingles.winnow(Shingles.hashes(BodyWords.of(d.body), settings.shingle()),
                    settings.window());
            long minute = 28_000_000L * 60 + i * 60L;
            entries.add(new CorpusPass.Entry(String.format("%07d", i), "doc-" + i, prints,
                    new CorpusPass.Published(minute, minute), d.credits));
        }
        long t1 = System.nanoTime();
        CorpusPass.Result result = CorpusPass.run(entries, i -> doc(i).body, settings);
        List<Optional<CorpusPass.UncreditedCopy>> uncredited = CorpusPass.uncredited(entries, result);
        long t2 = System.nanoTime();
        int found = 0;
        int related = 0;
        for (int i = 0; i < docs; i++) {
            related += result.related().get(i).size();
            int source = doc(i).source;
            if (source >= 0 && ("doc-" + source).equals(result.sources().get(i))) {
                found++;
            }
        }
        long flagged = uncredited.stream().filter(Optional::isPresent).count();
        System.out.printf("documents %d, planted copies %d, found as copies of their source %d%n", docs, planted,
                found);
        System.out.printf("entries %.1f s, pass %.1f s (candidates and measure), related links %d, stories %d, "
                + "uncredited %d%n", (t1 - t0) / 1e9, (t2 - t1) / 1e9, related, result.clusters().size(), flagged);
        System.out.printf("peak heap in use %d MB (max %d MB)%n", peakHeap() >> 20,
                Runtime.getRuntime().maxMemory() >> 20);
    }

    private record Doc(String body, int source, List<String> credits) {
    }

    /** Document {@code i}: an original, or (one in three) a copy of an earlier original. */
    private Doc doc(int i) {
        SplittableRandom r = new SplittableRandom(seed * 1_000_003L + i);
        if (i > 10 && r.nextInt(3) == 0) {
            int source = r.nextInt(i);
            Doc original = doc(source);
            if (original.source < 0) {
                return new Doc(edit(original.body, r), source, r.nextBoolean() ? original.credits : List.of());
            }
        }
        StringBuilder b = new StringBuilder();
        for (int p = 0; p < PARAGRAPHS; p++) {
            b.append(p == 0 ? "" : "\n\n").append(paragraph(r));
        }
        return new Doc(b.toString(), -1, List.of(r.nextBoolean() ? "AP" : "Reuters"));
    }

    private static String edit(String body, SplittableRandom r) {
        String[] paragraphs = body.split("\n\n");
        List<String> kept = new ArrayList<>(List.of(paragraphs));
        switch (r.nextInt(3)) {
            case 0 -> {
                return body;
            }
            case 1 -> {
                return String.join("\n\n", kept.subList(0, kept.size() / 2));
            }
            default -> {
                kept.remove(1 + r.nextInt(kept.size() - 1));
                kept.set(0, kept.get(0).replaceFirst(" \\S+ ", " changed "));
                kept.add(paragraph(r));
                return String.join("\n\n", kept);
            }
        }
    }

    private static String paragraph(SplittableRandom r) {
        StringBuilder b = new StringBuilder();
        for (int w = 0; w < PARAGRAPH_WORDS; w++) {
            b.append(w == 0 ? "" : " ").append(word(r.nextInt(VOCABULARY)));
        }
        return b.append('.').toString();
    }

    /** A made-up word for a number: syllables, so that the text tokenises as prose does. */
    private static String word(int n) {
        String[] syllables = {"ka", "lo", "mi", "ren", "tu", "sa", "vel", "do", "ni", "gor", "pe", "zu"};
        StringBuilder b = new StringBuilder();
        do {
            b.append(syllables[n % syllables.length]);
            n /= syllables.length;
        } while (n > 0);
        return b.toString();
    }

    /** The most heap any pool held at once, as the JVM counts it (used, not committed). */
    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
