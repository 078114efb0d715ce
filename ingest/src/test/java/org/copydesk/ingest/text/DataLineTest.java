package org.copydesk.ingest.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.copydesk.core.Span;
import org.junit.jupiter.api.Test;

class DataLineTest {

    private static Block line(String s) {
        return new Block(0, new Span(0, s.length()), new Span(0, s.length()), s);
    }

    @Test
    void figuresPicturesCodeAndDrawnTablesAreData() {
        assertTrue(DataLine.is(line("$1,200")));
        assertTrue(DataLine.is(line("[fares-chart.png]")));
        assertTrue(DataLine.is(line("WHERE harbour = 'north';")));
        assertTrue(DataLine.is(line("crossings │ 14")));
        assertTrue(DataLine.is(line("},")));
        assertTrue(DataLine.is(line("12-IMG_3886.jpg")));
        assertTrue(DataLine.is(line("harbour-at-dawn.PNG")));
    }

    @Test
    void menusFormsDatesAndWordsAreNot() {
        assertFalse(DataLine.is(line("Timetables")));
        assertFalse(DataLine.is(line("[                    ]")));
        assertFalse(DataLine.is(line("↑  ↑")));
        assertFalse(DataLine.is(line("12/03/2026")));
        assertFalse(DataLine.is(line("About us | Contact us")));
        assertFalse(DataLine.is(line("[ferry photo by the harbour]")));
        assertFalse(DataLine.is(line("Photo: harbour.jpg by the ferry company")));
    }

    private static Block at(int index, String s) {
        return new Block(index, new Span(0, s.length()), new Span(0, s.length()), s);
    }

    @Test
    void aTextBrowsersListOfLinkedFeedsAtTheTopIsALinkList() {
        assertTrue(DataLine.isLinkList(at(0, "#alternate Harbour Gazette RSS Harbour Gazette Atom")));
        assertTrue(DataLine.isLinkList(at(0, "#Dansk Deutsch English Español Français Italiano Nederlands")));
    }

    @Test
    void aHashFurtherDownOrBeforeAFigureIsNotALinkList() {
        assertFalse(DataLine.isLinkList(at(7, "#include <stdio.h>")));
        assertFalse(DataLine.isLinkList(at(0, "#1 in the league table for the third week")));
        assertFalse(DataLine.isLinkList(at(0, "Harbour Gazette #alternate")));
    }

    @Test
    void onlyMarkedLinesCountAsCode() {
        assertTrue(DataLine.isCode(line("for (int i = 0; i < n; i++) {")));
        assertFalse(DataLine.isCode(line("$1,200")));
        assertFalse(DataLine.isCode(line("SELECT")));
    }
}
