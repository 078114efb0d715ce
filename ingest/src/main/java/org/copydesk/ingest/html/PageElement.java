package org.copydesk.ingest.html;

import java.util.Set;

/**
 * One element of an HTML page as the block collector saw it: its tag, its parent, the words of its class and
 * id attributes (with role and itemprop), and whether the markup hides it.
 */
public final class PageElement {

    /** Tags that hold page furniture by what they are, whatever their words say. */
    private static final Set<String> FURNITURE_TAGS = Set.of("nav", "aside", "form", "footer");

    private final int id;
    private final String tag;
    private final PageElement parent;
    private final int depth;
    private final String attributeWords;
    private final boolean hidden;
    /** What {@link AttributeWords} read from the words, kept once read (a page is read by one thread). */
    AttributeWords.Reading reading;

    PageElement(int id, String tag, PageElement parent, String attributeWords, boolean hidden) {
        this.id = id;
        this.tag = tag;
        this.parent = parent;
        this.depth = parent == null ? 0 : parent.depth + 1;
        this.attributeWords = attributeWords;
        this.hidden = hidden || parent != null && parent.hidden;
    }

    public int id() {
        return id;
    }

    public String tag() {
        return tag;
    }

    public PageElement parent() {
        return parent;
    }

    public int depth() {
        return depth;
    }

    /** The class and id words, lower case, separated by single spaces (empty when there are none). */
    public String attributeWords() {
        return attributeWords;
    }

    /** Whether the tag itself says furniture: navigation, an aside, a form or a footer. */
    public boolean isFurnitureTag() {
        return FURNITURE_TAGS.contains(tag);
    }

    /** Whether this element or an ancestor carries {@code hidden} or an inline {@code display:none}. */
    public boolean hidden() {
        return hidden;
    }

    /** Whether {@code other} is this element or one of its ancestors. */
    public boolean isWithin(PageElement other) {
        for (PageElement e = this; e != null; e = e.parent) {
            if (e == other) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return tag + (attributeWords.isEmpty() ? "" : "[" + attributeWords + "]");
    }
}
