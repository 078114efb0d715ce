package org.copydesk.cli.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lazy directory walk: the order {@code Files.walk(…).sorted()} gave, hidden files left out, step by step. */
class TreeWalkerTest {

    @Test
    void walksInFullPathOrder(@TempDir Path tmp) throws IOException {
        for (String f : List.of("b.txt", "b/x.txt", "b/a/z.txt", "a-b.txt", "a/c.txt", "a.txt", "c", ".hidden",
                "b/.x", "B.txt", ".dir/seen.txt")) {
            Files.createDirectories(tmp.resolve(f).getParent());
            Files.writeString(tmp.resolve(f), f);
        }
        List<Path> expected;
        try (Stream<Path> walk = Files.walk(tmp)) {
            expected = walk.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith("."))
                    .filter(f -> !f.startsWith(tmp.resolve(".dir"))).sorted().toList();
        }
        List<Path> walked = new ArrayList<>();
        new TreeWalker(tmp).forEachRemaining(walked::add);
        assertEquals(expected, walked);
        assertFalse(walked.contains(tmp.resolve(".dir/seen.txt")), "hidden directories are skipped like hidden files");
        assertEquals(tmp.resolve("B.txt"), walked.get(0));
    }

    @Test
    void leavesOutTheExcludedFolderAndLinksIntoIt(@TempDir Path tmp) throws IOException {
        for (String f : List.of("a.txt", "out/a.txt.report.json", "z/out/kept.txt", "z/y.txt")) {
            Files.createDirectories(tmp.resolve(f).getParent());
            Files.writeString(tmp.resolve(f), f);
        }
        Files.createSymbolicLink(tmp.resolve("link.json"), tmp.resolve("out/a.txt.report.json"));
        List<Path> walked = new ArrayList<>();
        new TreeWalker(tmp, tmp.resolve("out").toRealPath()).forEachRemaining(walked::add);
        assertEquals(List.of(tmp.resolve("a.txt"), tmp.resolve("z/out/kept.txt"), tmp.resolve("z/y.txt")), walked,
                "only the excluded folder itself, not another of the same name");
    }

    @Test
    void aDanglingLinkIsStillAnInputSoItGetsAReport(@TempDir Path tmp) throws IOException {
        Files.writeString(tmp.resolve("a.txt"), "a");
        Files.createSymbolicLink(tmp.resolve("b-gone.txt"), tmp.resolve("missing.txt"));
        Files.createDirectories(tmp.resolve("dir"));
        Files.createSymbolicLink(tmp.resolve("c-dirlink"), tmp.resolve("dir"));
        List<Path> walked = new ArrayList<>();
        new TreeWalker(tmp).forEachRemaining(walked::add);
        assertEquals(List.of(tmp.resolve("a.txt"), tmp.resolve("b-gone.txt")), walked,
                "the dangling link is listed; a link to a directory is neither walked nor a document");
    }

    @Test
    void walksAGeneratedTreeOneFileAtATime(@TempDir Path tmp) throws IOException {
        int n = 0;
        for (int d = 0; d < 40; d++) {
            Path dir = tmp.resolve(String.format("d%02d/sub", d));
            Files.createDirectories(dir);
            for (int f = 0; f < 75; f++) {
                Files.writeString(dir.resolve(String.format("f%03d.txt", f)), "x");
                n++;
            }
        }
        TreeWalker walker = new TreeWalker(tmp);
        assertTrue(walker.hasNext());
        assertEquals(tmp.resolve("d00/sub/f000.txt"), walker.next(), "the first file comes before the rest is listed");
        Files.writeString(tmp.resolve("d39/sub/f999.txt"), "added while walking");
        Path last = null;
        int count = 1;
        while (walker.hasNext()) {
            Path p = walker.next();
            assertTrue(last == null || last.compareTo(p) < 0, p + " after " + last);
            last = p;
            count++;
        }
        assertEquals(n + 1, count, "a directory is listed only when the walk reaches it");
        assertEquals(tmp.resolve("d39/sub/f999.txt"), last);
        assertFalse(walker.hasNext());
    }
}
