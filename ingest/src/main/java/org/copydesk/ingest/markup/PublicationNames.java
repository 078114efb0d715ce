package org.copydesk.ingest.markup;

import java.net.URI;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.copydesk.ingest.markup.MarkupClaim.Field;

/**
 * The publication's own names, as its markup gives them: og:site_name and the JSON-LD publisher, and the host
 * of the page's address (canonical link, og:url, where it was fetched from). A CMS that has no author fills
 * its author field with these ("Example Times", "example.com", "Example Media GmbH"); they say where the
 * article appeared, not who wrote it.
 */
final class PublicationNames {

    /** A publisher name shorter than this ("Vox") matches too many names by chance when inside one. */
    private static final int MIN_LETTERS = 5;
    /** A host label shorter than this ("ap", "nyt") matches too many names by chance. */
    private static final int MIN_HOST_LETTERS = 4;

    /** Publisher names as {@link #spaced} words, without a web address's "www" and ending. */
    private final Set<String> names = new HashSet<>();
    private final Set<String> hosts = new HashSet<>();

    PublicationNames(List<MarkupClaim> claims) {
        for (MarkupClaim c : claims) {
            if (c.field() == Field.PUBLISHER) {
                String k = spaced(c.value());
                if (k.length() > 3) {
                    names.add(k);
                }
            } else if (c.field() == Field.URL) {
                hostLabel(c.value()).ifPresent(hosts::add);
            }
        }
    }

    /**
     * Whether a whole author claim is the publication's name as written ("Example News (www.example.com)"):
     * then every part of it is the publication's, though a part alone may look like a person's name.
     */
    boolean ownsClaim(String value) {
        String k = spaced(value).replace(" ", "");
        return names.stream().anyMatch(p -> p.replace(" ", "").equals(k));
    }

    /**
     * Whether {@code name} is the publication's: it is a publisher name ("Example.com" is "Example"), it contains
     * one of five letters or more as whole words ("Example Insight" beside "Example"), or its letters contain the
     * host's main label and more ("Example.de GmbH" on example.de). A name that only equals the host ("Jane Roe"
     * on janeroe.example) is left: personal sites are named after their authors.
     */
    boolean owns(String name) {
        String k = spaced(name);
        if (k.length() <= 3) {
            return false;
        }
        String letters = k.replace(" ", "");
        for (String p : names) {
            if (letters.equals(p.replace(" ", "")) || p.replace(" ", "").length() >= MIN_LETTERS && k.contains(p)) {
                return true;
            }
        }
        String written = plain(name).replaceAll("[^\\p{L}\\p{N}]", ""); // "example.de" keeps its ending here
        return hosts.stream().anyMatch(h -> written.length() > h.length() && written.contains(h));
    }

    /** "https://www.example-news.co.uk/a/b" gives "examplenews"; too short or no host gives nothing. */
    private static java.util.Optional<String> hostLabel(String url) {
        String host;
        try {
            host = URI.create(url.strip().replace(" ", "%20")).getHost();
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
        if (host == null) {
            return java.util.Optional.empty();
        }
        String[] labels = host.toLowerCase(Locale.ROOT).split("\\.");
        // the label before the public suffix: skip the last one, and a short second-level one ("co", "com")
        int i = labels.length - 2;
        if (i > 0 && labels[i].length() <= 3 && labels[labels.length - 1].length() == 2) {
            i--;
        }
        if (i < 0) {
            return java.util.Optional.empty();
        }
        String label = labels[i].replaceAll("[^\\p{L}\\p{N}]", "");
        return label.length() >= MIN_HOST_LETTERS ? java.util.Optional.of(label) : java.util.Optional.empty();
    }

    /**
     * The name's words in lower case without accents, between spaces, so that containment is whole words;
     * letters that hosts spell out ("ü" as "ue") are spelled out too, as hosts have no accents.
     */
    static String spaced(String name) {
        String s = plain(name).strip().replaceFirst("^(?:https?://)?www\\.", "")
                .replaceFirst("(?:\\.[a-z]{2,4})+$", "");
        return " " + String.join(" ", s.split("[^\\p{L}\\p{N}]+")).strip() + " ";
    }

    private static String plain(String name) {
        String s = name.toLowerCase(Locale.ROOT).replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
                .replace("ß", "ss");
        return Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}", "").replaceFirst("^the\\s+", "");
    }
}
