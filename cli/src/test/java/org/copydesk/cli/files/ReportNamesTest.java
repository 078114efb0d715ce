package org.copydesk.cli.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Report names: one plain name per component, short enough, unique within a run. */
class ReportNamesTest {

    @Test
    void plainNamesAreKeptAsTheyAre() {
        assertEquals("a/b/x.txt", ReportNames.of(Path.of("a/b/x.txt")));
        assertEquals("ünïcödé ☃ 記事.txt", ReportNames.of(List.of("ünïcödé ☃ 記事.txt")));
        assertEquals("with space & 100%.html", ReportNames.of(List.of("with space & 100%.html")));
        assertEquals("-leading-dash.txt", ReportNames.of(List.of("-leading-dash.txt")));
    }

    @Test
    void separatorsDotsAndControlsCannotSurviveInAComponent() {
        assertEquals("%5Ctmp%5Cx%5Ca.txt", ReportNames.of(List.of("\\tmp\\x\\a.txt")));
        assertEquals("%2E%2E/%2E/x", ReportNames.of(List.of("..", ".", "x")));
        assertEquals("a%2Fb", ReportNames.of(List.of("a/b")), "a slash inside one component is not a separator");
        assertEquals("new%0Aline%1B[2J%7F", ReportNames.of(List.of("new\nline\u001b[2J\u007f")));
        assertEquals("abc%E2%80%AEtxt.exe", ReportNames.of(List.of("abc\u202etxt.exe")), "bidi override");
        assertEquals("x%C2%85y", ReportNames.of(List.of("x\u0085y")), "C1 control");
        for (String raw : List.of("\\..\\..\\etc\\passwd", "/etc/passwd", "..", "a\u0000b")) {
            String name = ReportNames.of(List.of(raw));
            assertFalse(name.contains("/") || name.contains("\\") || name.equals("..") || name.equals("."), name);
            assertFalse(Path.of(name).isAbsolute(), name);
            assertEquals(1, Path.of(name).getNameCount(), name);
        }
    }

    @Test
    void aLongComponentIsShortenedWithAHashAndKeepsItsExtension() {
        String longName = "é".repeat(200) + ".html";
        String name = ReportNames.of(List.of(longName));
        assertTrue(name.getBytes(StandardCharsets.UTF_8).length <= ReportNames.LEAF_LIMIT, name);
        assertTrue(name.matches("é+~[0-9a-f]{16}\\.html"), name);
        assertNotEquals(name, ReportNames.of(List.of("é".repeat(201) + ".html")), "the hash tells them apart");
        assertEquals(name, ReportNames.of(List.of(longName)), "the same name every run");
        String folder = ReportNames.of(List.of("d".repeat(300), "x.txt"));
        assertTrue(folder.indexOf('/') <= ReportNames.NAME_LIMIT && folder.endsWith("/x.txt"), folder);
        String escapes = ReportNames.of(List.of("a" + "\n".repeat(120)));
        assertTrue(escapes.matches("a(%0A)+~[0-9a-f]{16}"), "no escape cut in half: " + escapes);
    }

    @Test
    void aRunGivesEachNameOnceWhateverTheCase() {
        ReportNames names = new ReportNames();
        assertEquals("x.txt", names.claim("x.txt"));
        assertEquals("x.txt~2", names.claim("x.txt"));
        assertEquals("X.txt~3", names.claim("X.txt"));
        assertEquals("x.txt~2~2", names.claim("x.txt~2"), "a real file named like a renamed one");
        ReportNames other = new ReportNames();
        other.claim("Caf\u00e9");
        assertEquals("Cafe\u0301~2", other.claim("Cafe\u0301"), "Unicode normalisation");
        assertEquals("d/x.txt", names.claim("d/x.txt"));
    }

    @Test
    void theClaimedSetGrowsWithoutLosingNames() {
        ReportNames names = new ReportNames();
        Set<String> given = new HashSet<>();
        for (int i = 0; i < 20_000; i++) {
            assertTrue(given.add(names.claim("doc" + (i % 5_000))));
        }
        assertEquals(20_000, given.size());
        assertTrue(given.contains("doc7~4"));
    }
}
