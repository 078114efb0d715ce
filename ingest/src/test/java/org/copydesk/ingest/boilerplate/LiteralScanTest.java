package org.copydesk.ingest.boilerplate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LiteralScanTest {

    /** Literals drawn from a small alphabet so that they overlap, share first pairs and occur often. */
    @Test
    void agreesWithContainsOnSeededTexts() {
        Random random = new Random(17);
        String alphabet = "abc ';é";
        for (int round = 0; round < 300; round++) {
            List<String> literals = new ArrayList<>();
            for (int k = 0, n = 1 + random.nextInt(40); k < n; k++) {
                literals.add(draw(random, alphabet, 2 + random.nextInt(4)));
            }
            LiteralScan scan = new LiteralScan(literals);
            for (int t = 0; t < 20; t++) {
                String text = draw(random, alphabet, random.nextInt(60));
                boolean[] found = scan.present(text);
                for (String l : literals) {
                    assertEquals(text.contains(l), found[scan.indexOf(l)], "\"" + l + "\" in \"" + text + "\"");
                }
            }
        }
    }

    @Test
    void repeatedLiteralsShareANumberAndUnknownOnesHaveNone() {
        LiteralScan scan = new LiteralScan(List.of("share", "follow", "share"));
        assertEquals(0, scan.indexOf("share"));
        assertEquals(1, scan.indexOf("follow"));
        assertEquals(-1, scan.indexOf("donate"));
        assertArrayEquals(new boolean[] {true, false}, scan.present("please share this"));
        assertArrayEquals(new boolean[] {false, true}, scan.present("follow"));
        assertArrayEquals(new boolean[] {false, false}, scan.present("s"));
    }

    @Test
    void aLiteralTooShortToBucketIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new LiteralScan(List.of("ok", "x")));
    }

    private static String draw(Random random, String alphabet, int length) {
        StringBuilder b = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            b.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return b.toString();
    }
}
