package org.copydesk.core;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * Where a document's text came from outside the page, as the corpus pass of a run found it: the documents it
 * shares text with, the earlier one it copies most of without crediting it (if any), and the direct quotes it
 * changed from that source. A document checked alone, or sharing nothing, has {@link #NONE}.
 *
 * @param related     documents sharing text with this one, the largest share first
 * @param uncredited  the source of most of this body that this document does not credit, or {@code null}
 * @param altered     quotes of this document worded or attributed otherwise in its source, in text order
 */
public record Provenance(List<Relative> related, Source uncredited, List<AlteredQuote> altered)
        implements Serializable {

    public static final Provenance NONE = new Provenance(List.of(), null, List.of());

    public Provenance {
        related = List.copyOf(related);
        altered = List.copyOf(altered);
    }

    /** Whether the pass found nothing: no relative, no uncredited source, no changed quote. */
    public boolean isEmpty() {
        return related.isEmpty() && uncredited == null && altered.isEmpty();
    }

    /** How a relative's text and this document's are related. */
    public enum Relation {
        /** This document was published after the relative and shares its text: it copied. */
        COPY_OF("copy-of"),
        /** The relative was published after this one and shares its text. */
        COPIED_BY("copied-by"),
        /** The two share text and their publication times do not tell which came first. */
        SHARES_PASSAGES("shares-passages");

        private final String id;

        Relation(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }

        /** The same relation as the other document of the pair has it. */
        public Relation seenFromTheOther() {
            return this == COPY_OF ? COPIED_BY : this == COPIED_BY ? COPY_OF : SHARES_PASSAGES;
        }
    }

    /**
     * A document of the run sharing text with this one: its path, the share of this document's body found in it
     * (0 to 1, three decimals) and the relation.
     */
    public record Relative(String path, double sharedText, Relation relation) implements Serializable {
        public Relative {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(relation, "relation");
        }
    }

    /**
     * The earlier document most of this body comes from: its path, the share of this body it holds (three
     * decimals) and the agencies it credits (empty: none, so its own outlet is what is owed).
     */
    public record Source(String path, double share, List<String> credits) implements Serializable {
        public Source {
            Objects.requireNonNull(path, "path");
            credits = List.copyOf(credits);
        }
    }

    /**
     * A direct quote of this document ({@code span}, {@code text}, the speaker named beside it or {@code null})
     * as its source has it: in {@code sourcePath}, as {@code sourceText} by {@code sourceSpeaker}. With
     * {@code speakerChanged} the words are the same and the speaker differs; else the words differ.
     */
    public record AlteredQuote(Span span, String text, String speaker, String sourcePath, String sourceText,
            String sourceSpeaker, boolean speakerChanged) implements Serializable {
        public AlteredQuote {
            Objects.requireNonNull(span, "span");
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(sourcePath, "sourcePath");
            Objects.requireNonNull(sourceText, "sourceText");
        }
    }
}
