package org.copydesk.ingest.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.copydesk.core.DateKind;
import org.copydesk.core.DateMention;
import org.copydesk.core.Span;
import org.copydesk.core.TimeReference;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs the cases in {@code mentions.txt}: each paragraph carries its expected mentions inline, and the text
 * between paragraphs is page furniture full of dates that must not be read, so every span is checked against
 * offsets that do not start at 0.
 */
class DateMentionFixturesTest {

    private static final Pattern MARKER = Pattern.compile("\\{\\{([^|}]*)\\|([A-Z_]+)\\|([^|}]+)\\|([A-Z]+)(?:\\|([^}]*))?}}");
    private static final String FURNITURE = "Advertisement | Friday 1 January 2010 | updated yesterday\n";

    /** One expected or found mention, compared as a whole. */
    record Expected(String text, Span span, DateKind kind, LocalDate date, DayOfWeek weekday, boolean valid,
            boolean ambiguous, TimeReference reference) {

        static Expected of(DateMention m) {
            return new Expected(m.text(), m.span(), m.kind(), m.date(), m.weekday(), m.calendarValid(),
                    m.ambiguousOrder(), m.reference());
        }
    }

    static Stream<Arguments> cases() throws IOException {
        String all;
        try (InputStream in = DateMentionFixturesTest.class.getResourceAsStream("mentions.txt")) {
            all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<Arguments> out = new ArrayList<>();
        for (String block : all.split("(?m)^=== ")) {
            if (block.isBlank() || block.startsWith("#")) {
                continue;
            }
            List<String> lines = block.lines().filter(l -> !l.isBlank()).toList();
            String published = lines.get(1).replace("published:", "").strip();
            out.add(Arguments.of(lines.get(0), published.equals("none") ? null : LocalDate.parse(published),
                    lines.subList(2, lines.size())));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void findsExactlyTheMarkedMentions(String name, LocalDate published, List<String> paragraphs) {
        StringBuilder text = new StringBuilder("HEADLINE Tuesday 2 February 2010\n");
        List<Span> regions = new ArrayList<>();
        List<Expected> expected = new ArrayList<>();
        for (String paragraph : paragraphs) {
            text.append(FURNITURE);
            int start = text.length();
            Matcher m = MARKER.matcher(paragraph);
            int last = 0;
            while (m.find()) {
                text.append(paragraph, last, m.start());
                int s = text.length();
                text.append(m.group(1));
                expected.add(expectation(m, new Span(s, text.length())));
                last = m.end();
            }
            text.append(paragraph.substring(last));
            regions.add(new Span(start, text.length()));
            text.append('\n');
        }
        text.append(FURNITURE);

        List<Expected> found = new DateMentionFinder().find(text.toString(), regions, published).stream()
                .map(Expected::of).toList();
        assertEquals(expected, found);
    }

    private static Expected expectation(Matcher m, Span span) {
        String extras = m.group(5) == null ? "" : m.group(5);
        DayOfWeek weekday = null;
        for (String e : extras.split(",")) {
            if (e.strip().startsWith("wd=")) {
                weekday = DayOfWeek.valueOf(e.strip().substring(3));
            }
        }
        LocalDate date = m.group(3).equals("-") ? null : LocalDate.parse(m.group(3));
        return new Expected(m.group(1), span, DateKind.valueOf(m.group(2)), date, weekday,
                !extras.contains("invalid"), extras.contains("ambiguous"), TimeReference.valueOf(m.group(4)));
    }
}
