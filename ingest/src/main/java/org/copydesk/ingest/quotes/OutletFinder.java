package org.copydesk.ingest.quotes;

import java.util.List;
import java.util.Locale;
import org.copydesk.core.WireAgencies;

/**
 * Finds the outlet a statement was given to or published in: "told AFP", "told The Nation", "wrote in the New
 * York Times", "in an interview with X", "said in a statement to X". A name counts as an outlet when it is a known
 * wire agency or carries an outlet word ("Times", "Post", "Nation").
 */
final class OutletFinder {

    /** An outlet name and where it ends; {@code afterVerb} when it is the verb's object ("told AFP"). */
    record Outlet(String name, int end, boolean afterVerb) {
    }

    private final Lexicon lexicon;
    private final WireAgencies agencies = WireAgencies.builtIn();

    OutletFinder(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    Outlet find(List<Token> tokens, int verb, int verbEnd) {
        if (tokens.get(verb).lower().startsWith("tel") || tokens.get(verb).is("told")) {
            Outlet direct = nameAt(tokens, verbEnd + 1, true);
            if (direct != null) {
                return direct;
            }
        }
        for (int i = 0; i < tokens.size(); i++) {
            if (!lexicon.is("mediapreposition", tokens.get(i).text()) || !triggerBefore(tokens, i)) {
                continue;
            }
            Outlet o = nameAt(tokens, i + 1, false);
            if (o != null) {
                return o;
            }
        }
        return null;
    }

    private boolean triggerBefore(List<Token> tokens, int i) {
        for (int k = i - 1; k >= 0 && k >= i - 6; k--) {
            if (lexicon.is("trigger", tokens.get(k).text())) {
                return true;
            }
        }
        return false;
    }

    /** A capitalised name starting at {@code from} (after an optional lower-case "the") that is an outlet. */
    private Outlet nameAt(List<Token> tokens, int from, boolean afterVerb) {
        int k = from;
        if (k < tokens.size() && tokens.get(k).is("the") && !tokens.get(k).isCapitalized()) {
            k++;
        }
        int start = k;
        while (k < tokens.size() && (tokens.get(k).isCapitalized() || tokens.get(k).is("of") && k > start)) {
            k++;
        }
        if (k == start) {
            return null;
        }
        List<Token> run = tokens.subList(start, k);
        String name = joinSource(run);
        boolean outlet = agencies.isAgency(name);
        for (Token t : run) {
            outlet |= lexicon.outletWords.contains(t.bare().toLowerCase(Locale.ROOT)) || agencies.isAgency(t.text());
        }
        return outlet ? new Outlet(name, run.get(run.size() - 1).end(), afterVerb) : null;
    }

    private static String joinSource(List<Token> run) {
        StringBuilder sb = new StringBuilder();
        for (Token t : run) {
            sb.append(sb.length() == 0 ? "" : " ").append(t.text());
        }
        return sb.toString();
    }
}
