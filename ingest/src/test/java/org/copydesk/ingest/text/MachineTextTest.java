package org.copydesk.ingest.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MachineTextTest {

    @Test
    void frameAddressWithQueryStringIsMachineText() {
        assertTrue(MachineText.dominates("IFRAME: //ads.example.net/frame/show.html?slot=top&size=300x250"
                + "&kw=ferry%20timetable%2Cislands&cb=8812734"));
    }

    @Test
    void markupLeftInTheDumpIsMachineText() {
        assertTrue(MachineText.dominates("<div class=\"notice\"><a href=\"/account/login\">Sign in</a>"
                + "<img src=\"/pixel.gif?u=88&v=2\" width=\"1\"></div>"));
    }

    @Test
    void proseWithANumberAndAnAddressIsNot() {
        assertFalse(MachineText.dominates("The council published the new timetable on its website,"
                + " ferries.example.org/timetable, and said 2,400 passengers had asked for it since May."));
    }

    @Test
    void codeWithIdentifiersIsNotWhenMostWordsReadAsWords() {
        assertFalse(MachineText.dominates("SELECT harbour, count(*) AS sailings FROM ferry_trips GROUP BY harbour"));
    }

    @Test
    void unspacedScriptProseIsNot() {
        assertFalse(MachineText.dominates("渡船公司表示，从三月起每天将恢复两班往返北部岛屿的航线，居民对此表示欢迎。"));
    }

    @Test
    void shortLinesAreLeftToTheirShape() {
        assertFalse(MachineText.dominates("[logo.png?v=2]"));
    }
}
