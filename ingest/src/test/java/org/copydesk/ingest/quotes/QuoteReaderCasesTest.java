package org.copydesk.ingest.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.copydesk.core.Attribution;
import org.copydesk.core.Quote;
import org.copydesk.core.QuoteAnalysis;
import org.copydesk.core.QuoteForm;
import org.copydesk.core.Span;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs every case of {@code cases.txt}: each fixture carries its own expected quotes and attributions. */
class QuoteReaderCasesTest {

    private static final QuoteReader READER = new QuoteReader();
    private static final String MARKS = "“”„«»\"‘’'`";

    /** One fixture: its body text, its paragraphs and its expectation lines. */
    record Case(String name, String text, List<Span> paragraphs, List<String> expectations) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> cases() throws IOException {
        String all;
        try (InputStream in = QuoteReaderCasesTest.class.getResourceAsStream("cases.txt")) {
            all = new String(Objects.requireNonNull(in).readAllBytes(), StandardCharsets.UTF_8);
        }
        List<Arguments> out = new ArrayList<>();
        for (String block : all.split("(?m)^=== ")) {
            if (block.startsWith("#") || block.isBlank()) {
                continue;
            }
            String name = block.substring(0, block.indexOf('\n')).strip();
            String rest = block.substring(block.indexOf('\n') + 1);
            String body = rest.substring(0, rest.indexOf("--- expect")).strip();
            List<String> expect = rest.substring(rest.indexOf("--- expect") + 10).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).collect(Collectors.toList());
            out.add(Arguments.of(new Case(name, body, paragraphs(body), expect)));
        }
        return out.stream();
    }

    static List<Span> paragraphs(String body) {
        List<Span> spans = new ArrayList<>();
        int start = 0;
        for (String p : body.split("\n\\s*\n")) {
            int at = body.indexOf(p, start);
            spans.add(new Span(at, at + p.length()));
            start = at + p.length();
        }
        return spans;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void readsLikeTheFixtureSays(Case c) {
        QuoteAnalysis qa = READER.read(c.text(), c.paragraphs());
        String found = describe(qa, c.text());
        for (String line : c.expectations()) {
            String[] f = line.split("\\s*\\|\\s*");
            switch (f[0]) {
                case "quotes" -> assertEquals(Integer.parseInt(f[1]), qa.quotes().size(), "quote count\n" + found);
                case "attributions" -> assertEquals(Integer.parseInt(f[1]), qa.attributions().size(),
                        "attribution count\n" + found);
                case "unbalanced" -> assertEquals(Integer.parseInt(f[1]), qa.unbalancedMarks().size(),
                        "unbalanced marks\n" + found);
                case "quote" -> assertTrue(qa.quotes().stream().anyMatch(q -> matches(q, f, c.text())),
                        "no quote like " + line + "\n" + found);
                case "attribution" -> assertTrue(qa.attributions().stream().anyMatch(a -> matches(a, f)),
                        "no attribution like " + line + "\n" + found);
                case "span" -> assertTrue(qa.quotes().stream().anyMatch(q -> named(q, f[1], c.text())
                        && q.span().in(c.text()).equals(f[2])), "no quote spanning " + line + "\n" + found);
                case "form" -> assertTrue(qa.quotes().stream().anyMatch(q -> named(q, f[1], c.text())
                        && q.form().id().equals(f[2])), "no quote of that form " + line + "\n" + found);
                case "parts" -> assertTrue(qa.quotes().stream().anyMatch(q -> named(q, f[1], c.text())
                        && q.parts().stream().map(p -> p.in(c.text())).toList()
                                .equals(List.of(f).subList(2, f.length))), "no quote in parts " + line + "\n" + found);
                case "resolved" -> assertTrue(qa.quotes().stream().anyMatch(q -> named(q, f[1], c.text())
                        && q.resolution() != null && q.resolution().person().equals(f[2])
                        && q.resolution().written().equals(f[3]) && q.resolution().introduced() != null
                        && q.resolution().introduced().in(c.text()).equals(f[4])),
                        "no quote resolved like " + line + "\n" + found);
                default -> throw new IllegalArgumentException("unknown expectation " + line);
            }
        }
        for (Quote q : qa.quotes()) {
            String marked = q.span().in(c.text());
            assertTrue(Stream.of(q.text().split("\\s+")).allMatch(marked::contains),
                    "a quote's span holds its text: " + marked + "\n" + found);
            for (Span part : q.parts()) {
                assertTrue(q.form() == QuoteForm.TRANSCRIPT || MARKS.indexOf(c.text().charAt(part.start())) >= 0,
                        "each quoted part opens with its mark: " + part.in(c.text()) + "\n" + found);
            }
        }
    }

    private static boolean matches(Quote q, String[] f, String text) {
        return named(q, f[1], text) && Objects.equals(q.speaker(), f[2].equals("-") ? null : f[2])
                && q.speakerKind().id().equals(f[3]) && (f.length < 5 || f[4].equals(q.outlet()));
    }

    /**
     * Whether the fixture's opening words name this quote: its text starts with them, or (a partial quote, whose
     * text is the whole reported statement) one of its quoted parts does.
     */
    private static boolean named(Quote q, String opening, String text) {
        return q.text().startsWith(opening) || q.parts().stream()
                .map(p -> p.in(text).replaceFirst("^[" + MARKS + "]+", "")).anyMatch(p -> p.startsWith(opening));
    }

    private static boolean matches(Attribution a, String[] f) {
        return a.verb().equals(f[1]) && Objects.equals(a.speaker(), f[2]) && a.speakerKind().id().equals(f[3])
                && a.direct() == f[4].equals("direct") && (f.length < 6 || f[5].equals(a.outlet()));
    }

    private static String describe(QuoteAnalysis qa, String text) {
        StringBuilder sb = new StringBuilder("found:\n");
        qa.quotes().forEach(q -> sb.append("  quote | ").append(q.text()).append(" | ").append(q.speaker())
                .append(" | ").append(q.speakerKind().id()).append(" | ").append(q.outlet()).append(" | ")
                .append(q.form().id()).append(q.resolution() == null ? "" : " | resolved " + q.resolution())
                .append('\n'));
        qa.attributions().forEach(a -> sb.append("  attribution | ").append(a.verb()).append(" | ")
                .append(a.speaker()).append(" | ").append(a.speakerKind().id()).append(" | ")
                .append(a.direct() ? "direct" : "reported").append(" | ").append(a.outlet()).append(" [")
                .append(a.span().in(text)).append("]\n"));
        qa.unbalancedMarks().forEach(s -> sb.append("  unbalanced at ").append(s.start()).append('\n'));
        return sb.toString();
    }
}
