package org.copydesk.cli.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.copydesk.rules.Profile;
import org.copydesk.rules.RuleEngine;
import org.copydesk.rules.RuleSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** {@code --format junit}: a suite per document, a case per rule, hits of one rule merged into one failure. */
class JunitOutputTest {

    @Test
    void mergesHitsOfOneRuleIntoOneFailure(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("out");
        OutputFixtures.check("--format", "junit", "--out", out.toString(),
                OutputFixtures.articles(tmp.resolve("in")).toString());
        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(out.resolve("junit.xml").toFile());
        NodeList suites = xml.getElementsByTagName("testsuite");
        assertEquals(3, suites.getLength());
        int rules = RuleEngine.create(Profile.SCRAPE_AUDIT, RuleSettings.defaults(Instant.EPOCH)).activeRules().size();
        Element harbour = null;
        for (int i = 0; i < suites.getLength(); i++) {
            Element s = (Element) suites.item(i);
            assertEquals(String.valueOf(rules), s.getAttribute("tests"));
            assertEquals("2024-06-01T12:00:00", s.getAttribute("timestamp"));
            assertEquals(s.getElementsByTagName("failure").getLength(), Integer.parseInt(s.getAttribute("failures")));
            if (s.getAttribute("name").endsWith("harbour.txt")) {
                harbour = s;
            }
        }
        assertTrue(harbour != null);
        Element anonymous = testcase(harbour, "attribution.anonymous-source");
        assertEquals("attribution", anonymous.getAttribute("classname"));
        NodeList failures = anonymous.getElementsByTagName("failure");
        assertEquals(1, failures.getLength());
        Element failure = (Element) failures.item(0);
        assertTrue(failure.getAttribute("message").startsWith("4 findings, the first: "), failure.getAttribute("message"));
        List<String> hits = failure.getTextContent().strip().lines().toList();
        assertEquals(4, hits.size());
        assertTrue(hits.get(1).matches("\\d+:\\d+ info: .*"), hits.get(1));
        Element quiet = testcase(harbour, "date.invalid");
        assertEquals("date", quiet.getAttribute("classname"));
        assertEquals(0, quiet.getChildNodes().getLength(), "a rule that did not fire passes");
    }

    private static Element testcase(Element suite, String rule) {
        NodeList cases = suite.getElementsByTagName("testcase");
        for (int i = 0; i < cases.getLength(); i++) {
            Element c = (Element) cases.item(i);
            if (c.getAttribute("name").equals(rule)) {
                return c;
            }
        }
        throw new AssertionError("no testcase " + rule);
    }
}
