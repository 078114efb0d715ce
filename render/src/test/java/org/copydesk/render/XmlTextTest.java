package org.copydesk.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** XML escaping for the JUnit file: markup characters and what XML 1.0 cannot carry. */
class XmlTextTest {

    @Test
    void escapesWhatXmlCannotCarry() {
        assertEquals("a &lt;b&gt; &amp; &quot;c&quot;&#xA;\uFFFD", XmlText.attr("a <b> & \"c\"\n\u0001"));
        assertEquals("x\n\"y\" \uD83D\uDCF0 \uFFFD", XmlText.text("x\n\"y\" \uD83D\uDCF0 \uD800"));
    }
}
