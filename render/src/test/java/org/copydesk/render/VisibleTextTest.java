package org.copydesk.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Untrusted text shown visibly: every class of character that could steer a terminal or reorder the display. */
class VisibleTextTest {

    @Test
    void showsTheNamedC0ControlsByName() {
        assertEquals("a\\nb\\tc\\rd\\ee", VisibleText.terminal("a\nb\tc\rd\u001be"));
        assertEquals("By A \\e[2J\\e]0;OWNED\\x07 Roe", VisibleText.terminal("By A \u001b[2J\u001b]0;OWNED\u0007 Roe"));
    }

    @Test
    void showsTheOtherC0ControlsAndDelInHex() {
        assertEquals("\\x00\\x01\\x08\\x0B\\x0C\\x1A\\x1F\\x7F", VisibleText.terminal("\u0000\u0001\b\u000b\f\u001a\u001f\u007f"));
    }

    @Test
    void showsC1ControlsSeparatorsAndBidiControlsAsUnicodeEscapes() {
        assertEquals("\\u0080\\u0085\\u009B\\u009F", VisibleText.terminal("\u0080\u0085\u009b\u009f"));
        assertEquals("\\u2028\\u2029", VisibleText.terminal("\u2028\u2029"));
        assertEquals("\\u061C\\u200E\\u200F\\u202A\\u202B\\u202C\\u202D\\u202E\\u2066\\u2067\\u2068\\u2069",
                VisibleText.terminal("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"));
        assertEquals("access\\u202E \\u2066// check\\u2069 \\u2066admin", VisibleText.terminal(
                "access\u202e \u2066// check\u2069 \u2066admin"));
    }

    @Test
    void showsLoneSurrogatesAndKeepsPairs() {
        assertEquals("\\uD800x\\uDC00", VisibleText.terminal("\ud800x\udc00"));
        assertEquals("\\uD83D\uD83D\uDCF0\\uDCF0", VisibleText.terminal("\ud83d\ud83d\udcf0\udcf0"));
        assertEquals("end \\uD83D", VisibleText.terminal("end \ud83d"));
        String emoji = "Ferry \uD83D\uDEA2 fares \uD83D\uDCF0 up \uD83D\uDC4D\uD83C\uDFFD";
        assertSame(emoji, VisibleText.terminal(emoji));
    }

    @Test
    void keepsEverythingElseAndReturnsTheSameStringWhenNothingNeedsShowing() {
        String plain = "Plain text, a backslash \\e and \\n as written, \u00e9t\u00e9, \u00a0 \u00ad \u00a9 \u2014 \u201cq\u201d";
        assertSame(plain, VisibleText.terminal(plain));
        assertSame(plain, VisibleText.terminalText(plain));
        assertSame(plain, VisibleText.bidiVisible(plain));
        String rtl = "\u0645\u0631\u062d\u0628\u0627 \u05e9\u05dc\u05d5\u05dd"; // Arabic and Hebrew letters
        assertSame(rtl, VisibleText.terminal(rtl));
        assertSame(rtl, VisibleText.bidiVisible(rtl));
        assertEquals("", VisibleText.terminal(""));
        assertEquals("", VisibleText.terminal(null));
        assertEquals("", VisibleText.terminalText(null));
        assertEquals("", VisibleText.bidiVisible(null));
    }

    @Test
    void terminalTextKeepsNewlinesAndTabsOnly() {
        assertEquals("line one\n\tline two \\r\\e[2J \\x07 \\u009B \\u202E \\u2028",
                VisibleText.terminalText("line one\n\tline two \r\u001b[2J \u0007 \u009b \u202e \u2028"));
        String lines = "one\ntwo\tthree\n";
        assertSame(lines, VisibleText.terminalText(lines));
    }

    @Test
    void noControlSurvivesAnyOfTheTerminalEscapes() {
        StringBuilder all = new StringBuilder();
        for (char c = 0; c < 0x3000; c++) {
            all.append(c);
        }
        all.append("\ud800 \udfff");
        for (String shown : new String[] {VisibleText.terminal(all.toString()),
            VisibleText.terminalText(all.toString())}) {
            for (int i = 0; i < shown.length(); i++) {
                char c = shown.charAt(i);
                boolean kept = c == '\n' || c == '\t';
                assertFalse(!kept && (c < 0x20 || c >= 0x7f && c <= 0x9f || VisibleText.bidiOrSeparator(c)),
                        "raw U+" + Integer.toHexString(c));
                if (Character.isSurrogate(c)) {
                    assertTrue(Character.isHighSurrogate(c) ? Character.isLowSurrogate(shown.charAt(i + 1))
                            : Character.isHighSurrogate(shown.charAt(i - 1)), "lone surrogate at " + i);
                }
            }
        }
        assertFalse(VisibleText.terminal(all.toString()).contains("\n"));
    }

    @Test
    void bidiVisibleMarksOnlyBidiControlsAndSeparators() {
        assertEquals("admin<U+202E> <U+2066>// x<U+2069> a<U+2028>b<U+2029>c<U+061C><U+200E><U+200F>",
                VisibleText.bidiVisible("admin\u202e \u2066// x\u2069 a\u2028b\u2029c\u061c\u200e\u200f"));
        assertEquals("<U+202A><U+202B><U+202C><U+202D><U+2067><U+2068>",
                VisibleText.bidiVisible("\u202a\u202b\u202c\u202d\u2067\u2068"));
        assertEquals("keeps\u001b and \n for the report's own escaping <U+202E>",
                VisibleText.bidiVisible("keeps\u001b and \n for the report's own escaping \u202e"));
    }
}
