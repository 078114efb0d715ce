package org.copydesk.render;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.copydesk.core.Severity;
import org.copydesk.rules.RuleDescriptor;
import org.copydesk.rules.RuleRegistry;

/**
 * The JUnit XML file of a run ({@code --format junit}), for CI test tabs. Each document is a
 * {@code <testsuite>} named by its path; each rule the run checked is a {@code <testcase>} in it (class name:
 * the rule's family), passing when the rule stayed quiet and failing once, with every hit listed, when it fired.
 * Findings a {@code --baseline} accepts do not fail: the test tab shows what is new.
 */
public final class JunitReport {

    /** The file's name in an output folder. */
    public static final String FILE = "junit.xml";

    /** A rule that fired on a document: its hits in text order. */
    private record Failure(String rule, List<DocumentEntry.Hit> hits) {
    }

    /** What the run file needs of one document. */
    private record Suite(String reportName, String path, String verdict, List<Failure> failures) {

        static Suite of(DocumentEntry d) {
            Map<String, List<DocumentEntry.Hit>> byRule = new LinkedHashMap<>();
            for (DocumentEntry.Hit h : d.activeHits()) { // what a baseline accepts does not fail the build
                byRule.computeIfAbsent(h.rule(), r -> new ArrayList<>()).add(h);
            }
            return new Suite(d.reportName(), d.source().path(), d.verdict().id(), byRule.entrySet().stream()
                    .map(e -> new Failure(e.getKey(), e.getValue())).toList());
        }
    }

    private final RunInfo run;

    public JunitReport(RunInfo run) {
        this.run = run;
    }

    /**
     * The file for the run's documents, {@code entries} in report-name order. Two passes over the entries: the
     * totals the root element carries first, then each document's suite as it is read back, so the file is never
     * held whole.
     */
    public void write(Iterable<DocumentEntry> entries, Writer out) throws IOException {
        String timestamp = LocalDateTime.ofInstant(run.timestamp().truncatedTo(ChronoUnit.SECONDS), ZoneOffset.UTC)
                .format(DateTimeFormatter.ISO_LOCAL_DATE_TIME);
        long tests = 0;
        long failures = 0;
        for (DocumentEntry d : entries) {
            Suite s = Suite.of(d);
            tests += casesFor(s).size();
            failures += s.failures().size();
        }
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"copydesk\" tests=\"" + tests
                + "\" failures=\"" + failures + "\" errors=\"0\">\n");
        int i = 0;
        StringBuilder body = new StringBuilder();
        for (DocumentEntry d : entries) {
            Suite s = Suite.of(d);
            List<RuleDescriptor> cases = casesFor(s);
            body.setLength(0);
            body.append("  <testsuite name=\"").append(XmlText.attr(s.path())).append("\" id=\"").append(i++)
                    .append("\" package=\"copydesk\" tests=\"").append(cases.size())
                    .append("\" failures=\"").append(s.failures().size())
                    .append("\" errors=\"0\" skipped=\"0\" timestamp=\"").append(timestamp).append("\">\n");
            body.append("    <properties>\n");
            property(body, "profile", run.profile().id());
            property(body, "verdict", s.verdict());
            property(body, "report", s.reportName());
            body.append("    </properties>\n");
            for (RuleDescriptor rule : cases) {
                testcase(body, rule, s.failures().stream().filter(f -> f.rule().equals(rule.id())).findFirst()
                        .orElse(null));
            }
            body.append("  </testsuite>\n");
            out.append(body);
        }
        out.write("</testsuites>\n");
    }

    /** The run's rules in catalog order, then any other rule that fired here (in catalog order too). */
    private List<RuleDescriptor> casesFor(Suite s) {
        List<RuleDescriptor> cases = new ArrayList<>(run.activeRules());
        for (RuleDescriptor r : RuleRegistry.all()) {
            if (!cases.contains(r) && s.failures().stream().anyMatch(f -> f.rule().equals(r.id()))) {
                cases.add(r);
            }
        }
        for (Failure f : s.failures()) {
            if (RuleRegistry.byId(f.rule()).isEmpty()) { // not in the catalog: described by its id alone
                cases.add(new RuleDescriptor(f.rule(), f.rule(), Severity.INFO, Severity.INFO, "", ""));
            }
        }
        return cases;
    }

    private static void testcase(StringBuilder b, RuleDescriptor rule, Failure failure) {
        String family = rule.id().contains(".") ? rule.family() : rule.id();
        b.append("    <testcase name=\"").append(XmlText.attr(rule.id())).append("\" classname=\"")
                .append(XmlText.attr(family)).append('"');
        if (failure == null) {
            b.append("/>\n");
            return;
        }
        List<DocumentEntry.Hit> hits = failure.hits();
        Severity worst = hits.stream().map(DocumentEntry.Hit::severity).min(Comparator.naturalOrder()).orElseThrow();
        String message = hits.size() + (hits.size() == 1 ? " finding: " : " findings, the first: ")
                + hits.get(0).message();
        b.append(">\n      <failure type=\"").append(worst.id()).append("\" message=\"").append(XmlText.attr(message))
                .append("\">");
        for (DocumentEntry.Hit f : hits) {
            b.append(XmlText.text(f.line() + ":" + f.column() + " " + f.severity().id() + ": " + f.message())).append('\n');
        }
        b.append("</failure>\n    </testcase>\n");
    }

    private static void property(StringBuilder b, String name, String value) {
        b.append("      <property name=\"").append(XmlText.attr(name)).append("\" value=\"").append(XmlText.attr(value))
                .append("\"/>\n");
    }
}
