package org.copydesk.ingest.boilerplate;

import com.google.common.collect.ImmutableSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.copydesk.core.WordCounter;
import org.copydesk.ingest.lang.Languages;
import org.copydesk.ingest.text.SentenceShape;

/**
 * Whether a furniture word that news prose also uses ("donations", "sign up for", a pattern marked weak in its
 * family's file) stands in a block only in passing: the block reads as a narrative sentence about someone else,
 * not as an appeal to the reader. Such a block is a sentence of {@link #NARRATIVE_WORDS} words or more, the word
 * (the only one, unless the block is a long paragraph) comes after the block's opening word (furniture leads
 * with its call: "Donate", "Sign up"), and outside quoted speech the block does not address the reader ("you",
 * "our", "please": the language's {@code reader-address} list).
 */
final class PassingMention {

    /** A narrative sentence has at least this many words; an appeal in fewer is a button or a label. */
    static final int NARRATIVE_WORDS = 10;
    /**
     * Several weak words together ("all donations are tax-deductible") make an appeal of a short block; only a
     * paragraph longer than this (the classifier's short block) may name several in passing.
     */
    static final int SEVERAL_WORDS = 30;
    private static final Pattern QUOTED = Pattern.compile("“[^”]*”|\"[^\"]*\"|«[^»]*»|„[^“”]*[“”]|''.*?''");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’\\-][\\p{L}\\p{N}]+)*");

    private final Set<String> address;

    PassingMention(Languages languages) {
        ImmutableSet.Builder<String> words = ImmutableSet.builder();
        for (String line : languages.lines("reader-address")) {
            words.add(line.strip());
        }
        this.address = words.build();
    }

    /**
     * Whether the first of {@code matches} weak matches, at {@code start} of the (whitespace-collapsed) block
     * {@code text}, is a mention in passing.
     */
    boolean test(String text, int start, int matches) {
        int words = WordCounter.count(text);
        return start > 0 && WordCounter.count(text.substring(0, start)) > 0
                && words >= NARRATIVE_WORDS && (matches == 1 || words > SEVERAL_WORDS)
                && SentenceShape.endsLikeSentenceInAnyScript(text)
                && !addressesReader(text);
    }

    /**
     * Whether {@code text}, without its quoted speech, uses a word of the reader-address lists: a word listed in
     * lower case also in its capitalised form, a word listed with a capital only so (German "Sie", not "sie").
     */
    boolean addressesReader(String text) {
        Matcher w = WORD.matcher(QUOTED.matcher(text).replaceAll(" "));
        while (w.find()) {
            String word = w.group();
            String lower = word.toLowerCase(Locale.ROOT);
            boolean capitalised = word.length() > 1 && word.substring(1).equals(lower.substring(1));
            if (address.contains(word) || (capitalised || word.equals(lower)) && address.contains(lower)) {
                return true; // "you", "You" and "Sie" as written; not "US", the country
            }
        }
        return false;
    }
}
