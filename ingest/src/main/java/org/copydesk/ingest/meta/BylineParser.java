package org.copydesk.ingest.meta;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.copydesk.core.Byline;
import org.copydesk.core.BylineKind;
import org.copydesk.core.CreditPlacement;
import org.copydesk.core.DataFiles;
import org.copydesk.ingest.lang.Languages;
import org.copydesk.ingest.lang.Sections;
import org.copydesk.core.Span;
import org.copydesk.core.WireAgencies;

/**
 * Turns a credit as written ("By Jane Roe and John Doe, Associated Press", "By (AFP)", "JANE ROE | Updated
 * 3 May 2021") into credited names with their kinds: prefixes, dates, URLs, e-mails and job titles are cut
 * off; people, wire agencies and organisations are told apart.
 */
public final class BylineParser {

    /** Noise after the names that is the same in every language: addresses, handles, clock times and years. */
    private static final String NOISE_ANY_LANGUAGE = "https?://\\S+|www\\.\\S+|\\S+@\\S+"
            + "|\\b\\d{1,2}[:.]\\d{2}\\s*(?:[ap]\\.?m\\.?)?.*$|\\b\\d{4}\\b.*$|@\\w+";
    /** Middle names in brackets between a first and a last name: "Ana (Maria Luz) Reyes". */
    private static final Pattern MIDDLE_NAMES = Pattern.compile(
            "(\\p{Lu}[\\p{L}'’-]+)\\s*\\(((?:\\p{Lu}\\p{Ll}[\\p{L}'’-]*\\s*)+)\\)\\s*(?=\\p{Lu})");
    private static final Pattern ADDRESS = Pattern.compile("(?<=\\s|^)([\\p{L}\\d._+-]+)@[\\p{L}\\d.-]+\\.\\p{L}{2,}");
    private static final Pattern PARENS = Pattern.compile("\\(([^)]*)\\)|\\[([^\\]]*)\\]");
    private static final Pattern NAME_TOKEN = Pattern.compile("(\\p{Lu}[\\p{L}'’.-]*|\\p{Lu}\\.|(de|da|van|von|der|den|del|la|le|bin|al|el|ibn)|[\\p{Lu}][\\p{L}]*-[\\p{Lu}][\\p{L}]*)");
    private static final Pattern WEB_NAME = Pattern.compile(
            "(?i)^[\\p{L}\\d-]+(?:\\.[\\p{L}\\d-]+)*\\.(?:com|net|org|io|news|info|[a-z]{2})$");
    private static final Pattern NO_LETTERS = Pattern.compile("^[^\\p{L}]*$");

    private final WireAgencies agencies;
    /** "By", "Written by", "Author:", "Von": what opens a credit before the names. */
    private final Pattern prefix;
    /** Date-line labels and other words after which a credit line holds no more names. */
    private final Pattern noise;
    /** A date line's word before its date ("le", "am", "on") left at the end of a name once the date is cut. */
    private final Pattern leftBeforeDate;
    /** Credits for work other than the writing ("editing by …", "photos by …"): not bylines. */
    private final Pattern notAuthor;
    /** What separates two names: "and", "&", commas, bars, slashes, dashes. */
    private final Pattern split;
    /** An "and" word opening a part: ", and John Doe". */
    private final Pattern leadingAnd;
    /** A co-author in brackets after the names: "(with John Doe)", "(avec …)". */
    private final Pattern with;
    /** A date after the names ("Jane Roe March 9", "Greta Hollmann 11. März"): cut with what follows. */
    private final Pattern dateTail;
    /** A name credited for other work in brackets: "Adrian Malloch (photography)". */
    private final Pattern otherWorkInBrackets;
    /** An article before more words: publications are named so ("The Daily Example", "El Diario"), people not. */
    private final Pattern publicationArticle;
    /** A place after the names: "Jane Roe in Berlin". */
    private final Pattern place;
    /** A title or label glued to the last name without a space ("Jane RoeStaff Writer"), or a dangling word. */
    private final Pattern glued;
    /** A title naming its organisation: "Head of Research", "Leiterin der Redaktion". */
    private final Pattern titleOf;
    /** Honorifics and professions before a name: "Dr.", "Prof.", "Rechtsanwalt". */
    private final Set<String> honorifics;
    private final List<String> creditWords;
    private final List<String> jobTitles;
    private final Set<String> organizationWords;
    private final Set<String> credentials;
    private final Set<String> titleWords;
    private final Set<String> calendarWords;

    /** A parser for credits in any language with word lists. */
    public BylineParser(WireAgencies agencies) {
        this(agencies, Languages.all());
    }

    /** A parser for credits written in {@code languages} ({@code lang/<code>/byline-markers.txt}). */
    public BylineParser(WireAgencies agencies, Languages languages) {
        this.agencies = agencies;
        Map<String, List<String>> words = Sections.of(languages.lines("byline-markers"));
        BylineMarkers m = BylineMarkers.of(languages);
        String roles = m.roles();
        String markers = m.sources();
        String label = m.label();
        this.prefix = Pattern.compile("^(?:(?:additional\\s+)?" + roles + "\\s+)?" + markers + "[\\s:]*(?=\\S)"
                + (label.isEmpty() ? "" : "|^" + label + "\\s*:\\s*"), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        Map<String, List<String>> lines = Sections.of(languages.lines("date-lines"));
        String labels = Sections.alternation(concat(concat(lines.get("published"), lines.get("modified")),
                words.get("noise")));
        String after = Sections.alternation(lines.getOrDefault("after-label", List.of()));
        // "Par Jean Roe le 3 mai": the date is cut, the word that led to it is left at the end of the name
        this.leftBeforeDate = Pattern.compile(after.isEmpty() ? "(?!)" : "\\s+" + after + "\\s*$",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        this.noise = Pattern.compile(NOISE_ANY_LANGUAGE + (labels.isEmpty() ? "" : "|(?<!\\p{L})" + labels + ".*$"),
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        this.notAuthor = Pattern.compile(Sections.alternation(words.getOrDefault("other-work", List.of())) + "\\s+"
                + m.marker(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        String and = Sections.alternation(words.getOrDefault("and", List.of()));
        this.leadingAnd = Pattern.compile((and.isEmpty() ? "&" : "(?:" + and + "|&)") + "\\s+",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        String alongside = Sections.alternation(words.getOrDefault("with", List.of()));
        this.with = Pattern.compile(alongside.isEmpty() ? "(?!)" : alongside + "\\s+",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        this.split = Pattern.compile("\\s+" + (and.isEmpty() ? "&" : "(?:" + and + "|&)") + "\\s+|\\s*[,;|/•·]\\s*|\\s+[-–—]\\s+",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        List<String> monthNames = new ArrayList<>();
        for (String line : languages.lines("months")) {
            monthNames.addAll(List.of(line.split("[\\s/]+")).subList(1, line.split("[\\s/]+").length));
        }
        String months = Sections.alternation(monthNames).replace("\\b)", ")").replace("\\b|", "|");
        this.dateTail = Pattern.compile("(?<!\\p{L})" + months + "\\p{L}*\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?\\b.*$"
                + "|\\b\\d{1,2}(?:st|nd|rd|th|\\.)?\\s+" + months + "(?!\\p{L}).*$",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        this.otherWorkInBrackets = Pattern.compile("[^,;&()]+\\(\\s*"
                + Sections.alternation(words.getOrDefault("other-work", List.of())) + "\\s*\\)",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        String articles = Sections.alternation(words.getOrDefault("article", List.of()));
        this.publicationArticle = Pattern.compile(articles.isEmpty() ? "(?!)" : articles + "\\s+\\S",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        this.honorifics = words.getOrDefault("honorific", List.of()).stream().map(h -> h.toLowerCase(Locale.ROOT))
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
        Map<String, List<String>> credits = Sections.of(languages.lines("credit-words"));
        this.creditWords = lowerCase(credits.get("desk"));
        // longest first, so that "senior correspondent" is cut whole before "correspondent"
        this.jobTitles = lowerCase(credits.get("job-title")).stream()
                .sorted(java.util.Comparator.comparingInt(String::length).reversed()).toList();
        this.titleWords = Set.copyOf(lowerCase(credits.get("title-word")));
        String titleOpenings = Sections.alternation(credits.getOrDefault("title-of", List.of()));
        this.titleOf = Pattern.compile(titleOpenings.isEmpty() ? "(?!)" : "^" + titleOpenings + ".*",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        this.place = Pattern.compile("\\s+" + bothCases(credits.getOrDefault("place", List.of()))
                + "\\s+\\p{Lu}[\\p{L}.'-]*(\\s+\\p{Lu}[\\p{L}.'-]*)*$");
        List<String> gluedWords = concat(credits.get("glued"), concat(lines.get("published"), lines.get("modified")));
        List<String> dangling = concat(concat(words.get("and"), words.get("article")),
                concat(lines.get("after-label"), credits.get("place")));
        this.glued = Pattern.compile("(?<=\\p{Ll})" + capitalised(gluedWords) + ".*$|(?<=\\p{L})\\d.*$|\\s+"
                + Sections.alternation(dangling.isEmpty() ? List.of("and") : dangling) + "$");
        this.organizationWords = Set.copyOf(concat(DataFiles.lines(BylineParser.class, "organization-words.txt"),
                languages.lines("organization-words")));
        this.credentials = Set.copyOf(DataFiles.lines(BylineParser.class, "credential-words.txt"));
        Set<String> calendar = new HashSet<>();
        for (String kind : List.of("months", "weekdays")) {
            for (String line : Languages.all().lines(kind)) {
                for (String w : line.toLowerCase(Locale.ROOT).split("[\\s|,;=/]+")) {
                    calendar.add(w.replace(".", ""));
                }
            }
        }
        this.calendarWords = Set.copyOf(calendar);
    }

    /** The credited names in {@code raw}, in order, without duplicates. */
    public List<Byline> parse(String raw, CreditPlacement placement, Span span) {
        Map<String, Byline> out = new LinkedHashMap<>();
        String s = prefix.matcher(raw.strip()).replaceFirst("");
        s = otherWorkInBrackets.matcher(s).replaceAll(" ");
        s = MIDDLE_NAMES.matcher(s).replaceAll("$1 $2 ");
        List<String> parts = new ArrayList<>();
        List<String> alongside = new ArrayList<>();
        Matcher pm = PARENS.matcher(s);
        while (pm.find()) {
            String inner = (pm.group(1) != null ? pm.group(1) : pm.group(2)).strip();
            Matcher w = with.matcher(inner);
            if (agencies.isAgency(inner)) {
                parts.add(inner);
            } else if (w.lookingAt()) {
                alongside.add(inner.substring(w.end())); // "Jane Roe (with John Doe)"
            }
        }
        s = PARENS.matcher(s).replaceAll(" ");
        for (String a : alongside) {
            s = s + " & " + a;
        }
        s = noise.matcher(ungluedAddress(s)).replaceAll(" ");
        s = dateTail.matcher(s).replaceAll(" ");
        for (Byline b : names(s, parts)) {
            out.putIfAbsent(b.name().toLowerCase(Locale.ROOT), new Byline(b.name(), b.kind(), placement, span));
        }
        return ImmutableList.copyOf(out.values());
    }

    /**
     * "By Jane Roejane.roe@example.org" as "By Jane Roe jane.roe@example.org": an address glued to the last name
     * is cut where its first part repeats a word of the names before it.
     */
    private static String ungluedAddress(String s) {
        Matcher m = ADDRESS.matcher(s);
        if (!m.find()) {
            return s;
        }
        String first = m.group(1).split("[._+-]")[0];
        String before = plain(s.substring(0, m.start()));
        for (int k = 2; k <= first.length() - 2; k++) {
            String rest = plain(first.substring(k));
            if (Character.isUpperCase(first.charAt(0)) && Character.isLowerCase(first.charAt(k))
                    && before.matches("(?s).*\\b" + Pattern.quote(rest) + "\\b.*")) {
                return s.substring(0, m.start() + k) + " " + s.substring(m.start() + k);
            }
        }
        return s;
    }

    /**
     * The names in {@code s} after the credits already found in brackets ({@code first}). Once a person is
     * named, a job title or an organisation after a comma opens their affiliation ("Jane Roe, Senior Fellow,
     * Example Institute, Policy Project"): what follows credits nobody until an "and" joins the next name
     * that is not an organisation.
     */
    private List<Byline> names(String s, List<String> first) {
        List<Byline> out = new ArrayList<>();
        first.forEach(p -> classify(p).ifPresent(out::add));
        boolean person = false;
        boolean affiliation = false;
        Matcher sm = split.matcher(s);
        int at = 0;
        String separator = "";
        while (at <= s.length()) {
            boolean found = sm.find();
            String piece = s.substring(at, found ? sm.start() : s.length()).strip();
            Matcher joined = leadingAnd.matcher(piece);
            boolean listed = affiliation; // "…, Speech, Privacy, and Law Project": the affiliation's own list
            if (joined.lookingAt() || separator.strip().equals("&") || separator.matches("(?U)\\s*\\w.*")) {
                affiliation = false;
                piece = joined.lookingAt() ? piece.substring(joined.end()).strip() : piece;
            }
            if (!piece.isEmpty() && !notAuthor.matcher(piece).lookingAt()) {
                String unglued = glued.matcher(piece).replaceFirst("");
                for (String p : splitTrailingAgency(leftBeforeDate.matcher(unglued).replaceFirst(""))) {
                    Optional<Byline> b = classify(p);
                    boolean agency = b.isPresent() && b.get().kind() == BylineKind.AGENCY;
                    boolean organisation = b.isPresent() && b.get().kind() == BylineKind.ORGANIZATION;
                    if (affiliation && !agency || listed && organisation) {
                        affiliation |= listed;
                        continue;
                    }
                    b.ifPresent(out::add);
                    affiliation = person && (b.isPresent() && b.get().kind() == BylineKind.ORGANIZATION
                            || b.isEmpty() && isTitle(p));
                    person |= b.isPresent() && b.get().kind() == BylineKind.PERSON;
                }
            }
            if (!found) {
                break;
            }
            separator = sm.group();
            at = sm.end();
        }
        return out;
    }

    /** A job title standing for a name: "Senior Correspondent", "Head of Research", "Chief Technology Officer". */
    private boolean isTitle(String part) {
        String p = clean(part);
        String lower = p.toLowerCase(Locale.ROOT);
        String[] t = lower.split("\\s+");
        return !p.isEmpty() && (jobTitles.contains(lower) || titleOf.matcher(p).matches()
                || titleWords.contains(t[t.length - 1]));
    }

    private static List<String> lowerCase(List<String> words) {
        return words == null ? List.of() : words.stream().map(w -> w.toLowerCase(Locale.ROOT)).distinct().toList();
    }

    /** {@code words} as written (lower case) or all in capitals: "in", "IN". */
    private static String bothCases(List<String> words) {
        List<String> both = new ArrayList<>();
        for (String w : words) {
            both.add(w);
            if (w.length() > 1) {
                both.add(w.toUpperCase(Locale.ROOT));
            }
        }
        return both.isEmpty() ? "(?!)" : Sections.alternation(both);
    }

    /**
     * {@code words} with a capital first letter ("Staff", "Last updated"); phrases of several words also as written
     * ("archive page"), being too long to be the end of a name by chance.
     */
    private static String capitalised(List<String> words) {
        List<String> out = new ArrayList<>();
        for (String w : words) {
            out.add(w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1));
            if (w.contains(" ")) {
                out.add(w);
            }
        }
        return out.isEmpty() ? "(?!)" : Sections.alternation(out);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a == null ? List.of() : a);
        out.addAll(b == null ? List.of() : b);
        return out;
    }

    /** Whether {@code s} ends like an organisational credit ("… News Service", "Web Desk"). */
    public boolean isOrganisationCredit(String s) {
        String l = clean(s).toLowerCase(Locale.ROOT);
        for (String w : creditWords) {
            if (l.equals(w) || l.endsWith(" " + w)) {
                return true;
            }
        }
        return false;
    }

    /** "John Roe The Associated Press": a name with an agency glued on is two credits. */
    private List<String> splitTrailingAgency(String part) {
        String[] t = part.split("\\s+");
        for (int k = 2; k < t.length; k++) {
            String tail = String.join(" ", java.util.Arrays.copyOfRange(t, k, t.length));
            if (agencies.isAgency(tail) && (t.length - k > 1 || isAllCaps(tail))) {
                return List.of(String.join(" ", java.util.Arrays.copyOfRange(t, 0, k)), tail);
            }
        }
        return List.of(part);
    }

    private Optional<Byline> classify(String part) {
        String p = withoutHonorifics(place.matcher(clean(part)).replaceFirst(""));
        p = withoutCredentials(p);
        if (p.isEmpty() || NO_LETTERS.matcher(p).matches() || isCalendar(p)) {
            return Optional.empty();
        }
        if (agencies.isAgency(p)) {
            return Optional.of(new Byline(p.replaceFirst("(?i)^the\\s+", ""), BylineKind.AGENCY, CreditPlacement.TOP,
                    null));
        }
        String lower = p.toLowerCase(Locale.ROOT);
        if (jobTitles.contains(lower) || titleOf.matcher(p).matches()) {
            return Optional.empty();
        }
        if (isOrganisationCredit(p) || isOrganisationName(p)) {
            return Optional.of(new Byline(p, BylineKind.ORGANIZATION, CreditPlacement.TOP, null));
        }
        for (String title : jobTitles) {
            if (lower.endsWith(" " + title) && title.length() > 3) {
                p = p.substring(0, p.length() - title.length()).strip();
                break;
            }
        }
        String[] tokens = p.split("\\s+");
        if (tokens.length > 5 || titleWords.contains(tokens[tokens.length - 1].toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        String name = isAllCaps(p) ? titleCase(p) : p;
        boolean person = tokens.length >= 2 && java.util.Arrays.stream(name.split("\\s+"))
                .allMatch(t -> NAME_TOKEN.matcher(t).matches());
        return Optional.of(new Byline(name, person ? BylineKind.PERSON : BylineKind.UNKNOWN, CreditPlacement.TOP,
                null));
    }

    /**
     * Whether {@code s} names an organisation: a leading article ("The", "El"), a web address ("Example.com"), or a
     * word only organisations carry ("Times", "Institute", "Network").
     */
    public boolean isOrganisationName(String s) {
        String c = clean(s);
        if (publicationArticle.matcher(c).lookingAt() || WEB_NAME.matcher(c).matches()) {
            return true;
        }
        for (String w : c.toLowerCase(Locale.ROOT).split("[\\s,&/]+")) {
            if (organizationWords.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** "Dr. Jane Roe" without "Dr.", when a name of two words or more is left. */
    private String withoutHonorifics(String p) {
        String[] t = p.split("\\s+");
        int from = 0;
        while (from < t.length - 2 && honorifics.contains(t[from].toLowerCase(Locale.ROOT))) {
            from++;
        }
        return from == 0 ? p : String.join(" ", java.util.Arrays.copyOfRange(t, from, t.length));
    }

    /** "Jane Roe MS" without "MS"; a part that is only a credential ("RDN") becomes empty. */
    private String withoutCredentials(String p) {
        String[] t = p.split("\\s+");
        int end = t.length;
        while (end > 0 && (end > 2 || t.length == 1) && credentials.contains(t[end - 1].toLowerCase(Locale.ROOT))) {
            end--;
        }
        return end == t.length ? p : String.join(" ", java.util.Arrays.copyOfRange(t, 0, end));
    }

    /** Month and weekday words and ordinals left from a date ("Dec 19th", "Monday"). */
    private boolean isCalendar(String p) {
        for (String w : p.toLowerCase(Locale.ROOT).split("\\s+")) {
            if (!calendarWords.contains(w.replace(".", "")) && !w.matches("\\d{1,4}(?:st|nd|rd|th)?,?")) {
                return false;
            }
        }
        return true;
    }

    /** {@code s} in lower case without accents, as names are spelled in addresses ("María" is "maria"). */
    private static String plain(String s) {
        return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
    }

    private static String clean(String s) {
        return s.replaceAll("^[\\s\\p{Punct}“”‘’–—]+|[\\s\\p{Punct}“”‘’–—&&[^.]]+$", "").replaceAll("\\s+", " ")
                .replaceAll("\\s*\\.$", "").strip();
    }

    private static boolean isAllCaps(String s) {
        return s.chars().filter(Character::isLetter).count() > 3
                && s.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }

    private static String titleCase(String s) {
        StringBuilder b = new StringBuilder();
        for (String w : s.toLowerCase(Locale.ROOT).split("\\s+")) {
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
        }
        return b.toString();
    }
}
