package org.copydesk.rules.provenance;

import java.lang.annotation.Annotation;
import java.util.List;

/**
 * The {@code provenance.*} rules: what a run's corpus pass ({@link CorpusPass}) found about a document among the
 * others, in catalog order. They judge only a document the pass has compared ({@link
 * org.copydesk.core.ExtractedDocument#provenance()}); checked alone, a document never fires them.
 */
public final class ProvenanceRules {

    /** The constraint of each rule, in the order the catalog lists them. */
    public static final List<Class<? extends Annotation>> CATALOG = List.of(
            UncreditedCopy.class,
            QuoteAltered.class);

    private ProvenanceRules() {
    }
}
