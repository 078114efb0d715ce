package org.copydesk.core;

import com.google.common.collect.ImmutableList;
import java.io.Serializable;
import java.util.List;

/** Everything the quote reader found: direct quotes, attributed statements and quotation marks left open. */
public record QuoteAnalysis(List<Quote> quotes, List<Attribution> attributions, List<Span> unbalancedMarks)
        implements Serializable {

    public QuoteAnalysis {
        quotes = ImmutableList.copyOf(quotes);
        attributions = ImmutableList.copyOf(attributions);
        unbalancedMarks = ImmutableList.copyOf(unbalancedMarks);
    }

    public static QuoteAnalysis none() {
        return new QuoteAnalysis(List.of(), List.of(), List.of());
    }
}
