package org.copydesk.ingest;

import java.util.List;
import java.util.Map;
import org.copydesk.core.Byline;
import org.copydesk.core.CreditLine;
import org.copydesk.core.DateValue;
import org.copydesk.core.RejectedDate;
import org.copydesk.ingest.boilerplate.Classification;
import org.copydesk.ingest.text.Block;

/**
 * The roles the layout reader gave to the blocks of one text: the headline block, metadata blocks with the
 * reason each was lifted, furniture with its classification, and the metadata values read on the way.
 */
record ArticleLayout(List<Block> blocks, Integer headline, Map<Integer, String> metadata,
        Map<Integer, Classification> boilerplate, List<Byline> bylines, List<CreditLine> creditLines,
        DateValue published, DateValue firstPublished, DateValue modified, List<DateValue> publishedCandidates,
        List<RejectedDate> publishedRejected) {
}
