package org.copydesk.cli;

import java.io.PrintWriter;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.copydesk.cli.baseline.Baseline;
import org.copydesk.cli.run.RunSummary;
import org.copydesk.cli.run.TimingTally;
import org.copydesk.core.ArticleMetadata;
import org.copydesk.core.ExtractedDocument;
import org.copydesk.core.Finding;
import org.copydesk.core.QuoteAnalysis;
import org.copydesk.core.Report;
import org.copydesk.core.Severity;
import org.copydesk.core.Verdict;
import org.copydesk.ingest.timing.Stage;
import org.copydesk.render.ConfidenceTally;
import org.copydesk.render.VisibleText;
import org.copydesk.rules.FieldConfidence;
import org.copydesk.rules.provenance.CorpusPass;

/**
 * The human summary of a run on the terminal: a verdict line per document with its counts, its findings grouped
 * by severity, and a final tally (documents by verdict, findings by severity, the most frequent rules, the documents
 * with a relied-on field of low confidence and, by field, the documents below the minimum, and with a
 * baseline the new, baselined and stale counts, with {@code --timings} the time by stage and the slowest
 * documents). Coloured with ANSI escapes only when asked or when stdout is a terminal; nothing printed depends on
 * the clock but those timings. Every text that comes from an input (a document's path or
 * WARC URI, a finding's message, a rule id, a baseline entry) is printed through {@link VisibleText#terminal}, so
 * that it cannot add a line or send the terminal an escape sequence; only the colours are written raw.
 */
final class TerminalSummary {

    /** {@code --color}: when to colour the summary. */
    enum ColorMode {
        AUTO, ALWAYS, NEVER;

        static Optional<ColorMode> fromId(String id) {
            for (ColorMode m : values()) {
                if (m.name().equalsIgnoreCase(id.strip())) {
                    return Optional.of(m);
                }
            }
            return Optional.empty();
        }
    }

    private static final int TOP_RULES = 5;
    /** The stories the terminal names, largest first. */
    private static final int TOP_CLUSTERS = 5;
    /** With {@code --timings}: how many of the slowest documents are shown, and how many of their stages. */
    private static final int SLOWEST_SHOWN = 5;
    private static final int STAGES_SHOWN = 2;
    private static final String RESET = "\u001b[0m";

    private final PrintWriter out;
    private final boolean color;
    private final boolean quiet;
    private final boolean withFindings;

    /**
     * @param color        whether to write ANSI colours (see {@link #useColor})
     * @param quiet        {@code -q}: only the final tally
     * @param withFindings whether each document's findings are listed under its verdict line
     */
    TerminalSummary(PrintWriter out, boolean color, boolean quiet, boolean withFindings) {
        this.out = out;
        this.color = color;
        this.quiet = quiet;
        this.withFindings = withFindings;
    }

    /**
     * Whether to colour: always or never when asked; on {@code auto} only when stdout is a terminal, {@code TERM}
     * is not {@code dumb}, and {@code NO_COLOR} is unset or empty (no-color.org).
     */
    static boolean useColor(ColorMode mode, boolean stdoutIsTerminal, Map<String, String> env) {
        return switch (mode) {
            case ALWAYS -> true;
            case NEVER -> false;
            case AUTO -> stdoutIsTerminal && !"dumb".equals(env.get("TERM"))
                    && (env.get("NO_COLOR") == null || env.get("NO_COLOR").isEmpty());
        };
    }

    /**
     * One document: its verdict line and, unless quiet or not wanted, its active findings by severity. Called from
     * worker threads; one document's lines are never interleaved with another's.
     */
    synchronized void document(Report r) {
        if (quiet) {
            return;
        }
        List<Finding> active = r.activeFindings();
        String accepted = r.baselined().isEmpty() ? "" : ", " + r.baselined().size() + " baselined";
        out.printf("%s  %s  (%s%s)%n", paint(verdictColor(r.verdict()), String.format("%-4s",
                r.verdict().id().toUpperCase(Locale.ROOT))), paint("1", VisibleText.terminal(r.document().source().path())),
                severityCounts(counts(active)), accepted);
        if (!withFindings) {
            return;
        }
        for (Severity s : Severity.values()) {
            active.stream().filter(f -> f.severity() == s).forEach(f -> out.printf("      %s %-30s %5s  %s%s%n",
                    paint(severityColor(s), String.format("%-7s", s.id())), VisibleText.terminal(f.rule()),
                    f.line() + ":" + f.column(), VisibleText.terminal(f.message()), graded(f)));
        }
    }

    /**
     * The run's tally; {@code stale} are the baseline entries nobody showed, listed unless quiet; {@code closing}
     * is the last line, shown visibly as it names paths the user gave.
     */
    /**
     * What the corpus pass found, after every document's own line: the documents it gave a provenance finding,
     * again with their findings (their verdict may have changed), then the largest stories, each with its origin
     * and size. Nothing when it found no story and no finding, or when quiet.
     */
    synchronized void provenance(List<CorpusPass.Cluster> clusters, List<Report> withFindings, int all) {
        if (quiet || clusters.isEmpty() && withFindings.isEmpty()) {
            return;
        }
        if (!withFindings.isEmpty()) {
            out.printf("%nAfter comparing the documents:%n");
            withFindings.forEach(this::document);
            if (all > withFindings.size()) {
                out.printf("  … and %d more documents with provenance findings (see the reports)%n",
                        all - withFindings.size());
            }
        }
        if (!clusters.isEmpty()) {
            out.printf("%nStories shared by several documents: %d; the largest:%n", clusters.size());
            for (CorpusPass.Cluster c : clusters.subList(0, Math.min(TOP_CLUSTERS, clusters.size()))) {
                out.printf("  %3d documents  from %s%n", c.documents().size(), VisibleText.terminal(c.origin()));
            }
        }
        out.flush();
    }

    /** {@code r} as the terminal needs it: its source, findings and verdict, without the document's text. */
    static Report light(Report r) {
        ExtractedDocument d = r.document();
        ExtractedDocument bare = new ExtractedDocument(d.source(), "", List.of(), ArticleMetadata.empty(), List.of(),
                QuoteAnalysis.none(), d.problems());
        return new Report(r.toolVersion(), bare, r.findings(), r.baselined());
    }

    synchronized void tally(RunSummary summary, List<Baseline.Entry> stale, String closing) {
        Map<Verdict, Integer> v = summary.verdicts();
        out.printf("%nDocuments: %d — %s fail, %s warn, %s pass%n", summary.documents(),
                paint(verdictColor(Verdict.FAIL), String.valueOf(v.getOrDefault(Verdict.FAIL, 0))),
                paint(verdictColor(Verdict.WARN), String.valueOf(v.getOrDefault(Verdict.WARN, 0))),
                paint(verdictColor(Verdict.PASS), String.valueOf(v.getOrDefault(Verdict.PASS, 0))));
        out.printf("Findings: %s%n", severityCounts(summary.activeFindingsBySeverity()));
        Map<String, Integer> byRule = summary.activeFindingsByRule();
        if (!byRule.isEmpty()) {
            out.printf("Top rules: %s%n", byRule.entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                            .thenComparing(Map.Entry.comparingByKey()))
                    .limit(TOP_RULES).map(e -> VisibleText.terminal(e.getKey()) + " " + e.getValue()).collect(Collectors.joining(", ")));
        }
        ConfidenceTally confidence = summary.confidence();
        long low = confidence.lowDocuments();
        StringBuilder fields = new StringBuilder();
        for (String field : confidence.reliedOn()) {
            if (confidence.below(field) > 0) {
                fields.append(fields.length() == 0 ? " (" : ", ").append(field).append(' ')
                        .append(confidence.below(field));
            }
        }
        out.printf("Low confidence: %s%s%s below %s in a field the profile relies on%n",
                paint(low > 0 ? "1;33" : "32", String.valueOf(low)), low == 1 ? " document" : " documents",
                fields.length() == 0 ? "" : fields + ")", FieldConfidence.twoDecimals(confidence.minimum()));
        if (summary.baselineApplied()) {
            out.printf("Baseline: %s new, %d baselined, %d stale%n",
                    paint(summary.newFindings() > 0 ? "1;31" : "32", String.valueOf(summary.newFindings())),
                    summary.baselinedFindings(), summary.staleBaselineEntries());
            if (!quiet) {
                for (Baseline.Entry e : stale) {
                    out.printf("  %s %-30s %s%s  %s%n", paint("2", "stale"), VisibleText.terminal(e.rule()),
                            VisibleText.terminal(e.document()), e.count() > 1 ? " (×" + e.count() + ")" : "",
                            VisibleText.terminal(e.evidence()));
                }
            }
        }
        if (!quiet && summary.timesStages()) {
            timings(summary.timings());
        }
        out.println(VisibleText.terminal(closing));
        out.flush();
    }

    /** {@code --timings}: the stages by their time over the run, then the slowest documents and their two costliest. */
    private void timings(TimingTally tally) {
        long whole = tally.documentNanos();
        out.printf("Time by stage: %s%n", Stream.of(Stage.values())
                .filter(s -> tally.nanos(s) > 0)
                .sorted(Comparator.comparingLong(tally::nanos).reversed())
                .map(s -> String.format(Locale.ROOT, "%s %s (%d%%)", s.id(), duration(tally.nanos(s)),
                        Math.round(100.0 * tally.nanos(s) / whole)))
                .collect(Collectors.joining(", ")));
        List<TimingTally.Timed> slowest = tally.slowest();
        if (slowest.isEmpty()) {
            return;
        }
        out.println("Slowest documents:");
        for (TimingTally.Timed t : slowest.subList(0, Math.min(SLOWEST_SHOWN, slowest.size()))) {
            out.printf("  %9s  %s  (%s)%n", duration(t.totalNanos()), VisibleText.terminal(t.document()),
                    t.costliest(STAGES_SHOWN).stream().map(s -> s.id() + " " + duration(t.nanos(s)))
                            .collect(Collectors.joining(", ")));
        }
    }

    /** A time for people: milliseconds to a tenth below ten seconds, seconds to a tenth above. */
    private static String duration(long nanos) {
        return nanos < 10_000_000_000L ? String.format(Locale.ROOT, "%.1f ms", nanos / 1e6)
                : String.format(Locale.ROOT, "%.1f s", nanos / 1e9);
    }

    /** " (graded down from error: published 0.31)" for a finding a low confidence graded down, else "". */
    private String graded(Finding f) {
        if (f.gradedFrom() == null || f.confidence() == null) {
            return "";
        }
        return paint("2", " (graded down from " + f.gradedFrom().id() + ": " + String.join(", ", f.basis()) + " "
                + FieldConfidence.twoDecimals(f.confidence()) + ")");
    }

    private static Map<Severity, Integer> counts(List<Finding> findings) {
        Map<Severity, Integer> n = new EnumMap<>(Severity.class);
        findings.forEach(f -> n.merge(f.severity(), 1, Integer::sum));
        return n;
    }

    private static String severityCounts(Map<Severity, Integer> n) {
        int e = n.getOrDefault(Severity.ERROR, 0);
        int w = n.getOrDefault(Severity.WARNING, 0);
        return e + (e == 1 ? " error, " : " errors, ") + w + (w == 1 ? " warning, " : " warnings, ")
                + n.getOrDefault(Severity.INFO, 0) + " info";
    }

    private String paint(String sgr, String text) {
        return color ? "\u001b[" + sgr + "m" + text + RESET : text;
    }

    private static String verdictColor(Verdict v) {
        return switch (v) {
            case FAIL -> "1;31";
            case WARN -> "1;33";
            case PASS -> "1;32";
        };
    }

    private static String severityColor(Severity s) {
        return switch (s) {
            case ERROR -> "31";
            case WARNING -> "33";
            case INFO -> "36";
        };
    }
}
