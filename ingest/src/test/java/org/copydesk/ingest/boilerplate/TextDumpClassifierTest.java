package org.copydesk.ingest.boilerplate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.copydesk.core.BoilerplateCategory;
import org.copydesk.ingest.text.Block;
import org.copydesk.ingest.text.BlockSplitter;
import org.junit.jupiter.api.Test;

/** Full-page text dumps (as w3m or lynx write them): the article is found and kept whole, the furniture goes. */
class TextDumpClassifierTest {

    private final BoilerplateClassifier classifier = new BoilerplateClassifier(PhraseFamilies.builtIn());

    private static final String P1 = "The ferry company said on Monday that the crossing to the northern islands"
            + " would run twice a day again from March, after a winter of cancellations caused by engine trouble.";
    private static final String P2 = "Residents had complained for months that the single remaining boat left"
            + " them without a way to reach the hospital on the mainland when the weather turned rough.";
    private static final String P3 = "A second vessel, borrowed from a southern operator, will cover the early"
            + " sailing until the repaired boat returns from the shipyard at the end of the season.";
    private static final String SHORT_LAST = "The council will review the timetable in June.";
    private static final String TEASER = "Farmers in the valley say the late frost has cut this year's apple"
            + " harvest by almost half, and several orchards will not open for picking at all this autumn.";

    private static final List<String> MENU = List.of("* Home", "* Local", "* Sport", "* Weather", "* Travel");
    private static final List<String> HEADLINES = List.of("* Bridge repairs to close the coast road for a week",
            "* New head teacher named for the harbour school", "* Lifeboat crew rescue two walkers stranded by tide",
            "* Market hall to reopen after a two year restoration");

    private static List<Block> dump(List<String> lines) {
        return BlockSplitter.split(String.join("\n\n", lines));
    }

    private static List<String> page(List<String> before, List<String> article, List<String> after) {
        List<String> all = new java.util.ArrayList<>(before);
        all.addAll(article);
        all.addAll(after);
        return all;
    }

    private static void assertKept(Map<Integer, Classification> c, List<Block> blocks, String text) {
        Block b = blocks.stream().filter(x -> x.content().equals(text)).findFirst().orElseThrow();
        assertFalse(c.containsKey(b.index()), "article block removed: " + text + " -> " + c.get(b.index()));
    }

    private static Classification removed(Map<Integer, Classification> c, List<Block> blocks, String text) {
        Block b = blocks.stream().filter(x -> x.content().equals(text)).findFirst().orElseThrow();
        Classification k = c.get(b.index());
        assertNotNull(k, "furniture kept: " + text);
        assertFalse(k.reason().isBlank());
        return k;
    }

    @Test
    void fullPageDumpKeepsTheArticleWholeAndRemovesMenusListsTeasersAndFooter() {
        List<String> before = new java.util.ArrayList<>(MENU);
        before.add("Ferry service to the islands restored");
        List<String> after = new java.util.ArrayList<>(List.of("More from the region"));
        after.addAll(HEADLINES);
        after.addAll(List.of("[1] About us", "[2] Contact us", "[3] Privacy policy"));
        after.add(TEASER);
        after.add("© 2026 The Harbour Gazette. All rights reserved.");
        List<String> article = List.of(P1, P2, P3, SHORT_LAST);
        List<Block> blocks = dump(page(before, article, after));
        Map<Integer, Classification> c = classifier.classify(blocks, Set.of());

        article.forEach(t -> assertKept(c, blocks, t));
        for (String m : MENU) {
            assertEquals(BoilerplateCategory.NAVIGATION, removed(c, blocks, m).category(), m);
        }
        for (String h : HEADLINES) {
            Classification k = removed(c, blocks, h);
            assertEquals(BoilerplateCategory.RELATED_LINKS, k.category(), h);
            assertTrue(k.reason().contains("headline-like"), k.reason());
        }
        assertTrue(removed(c, blocks, TEASER).reason().contains("apart from the article"));
        removed(c, blocks, "[1] About us");
        removed(c, blocks, "[2] Contact us");
        removed(c, blocks, "© 2026 The Harbour Gazette. All rights reserved.");
    }

    /** A version's release notes: a dozen changes, one bulleted line each, without a paragraph of prose. */
    private static final List<String> CHANGES = List.of("+ Added a night mode for the map screen",
            "+ Added offline maps for the northern islands", "+ Timetables now show the tide at each pier",
            "+ Fixed a crash when the ferry list was empty", "+ Fares are shown with and without the island discount",
            "+ Added a reminder one hour before each booked sailing", "+ The search box now accepts pier codes",
            "+ Removed the old weather widget", "+ Faster start on older phones",
            "+ Tickets can be shared with another passenger by message",
            "+ Cancelled sailings are marked in red on the timetable", "+ Many small fixes to the booking screens");

    @Test
    void aPageMadeOfOneLongListKeepsTheListAsItsArticle() {
        List<String> before = new java.util.ArrayList<>(MENU);
        before.add("Island Ferries app 4.2");
        List<Block> blocks = dump(page(before, CHANGES, List.of("Older posts", "* About", "* Contact")));
        Map<Integer, Classification> c = classifier.classify(blocks, Set.of());
        CHANGES.forEach(t -> assertKept(c, blocks, t));
        MENU.forEach(t -> removed(c, blocks, t));
    }

    @Test
    void aLongListOfOtherStoriesAfterAnArticleIsNotTheArticle() {
        List<String> stories = CHANGES.stream().map(t -> "* " + t.substring(2)).toList();
        List<String> after = new java.util.ArrayList<>(List.of("More stories"));
        after.addAll(stories);
        List<Block> blocks = dump(page(MENU, List.of(P1, P2, P3, SHORT_LAST), after));
        Map<Integer, Classification> c = classifier.classify(blocks, Set.of());
        List.of(P1, P2, P3, SHORT_LAST).forEach(t -> assertKept(c, blocks, t));
        stories.forEach(t -> removed(c, blocks, t));
    }

    /** A slideshow of six pictures: a counter and a title over each, then the picture's long caption. */
    private static List<String> slides() {
        List<String> out = new java.util.ArrayList<>();
        String[] places = {"the old lighthouse", "the fish market", "the lifeboat station", "the chapel on the cliff",
            "the ferry terminal", "the salt marsh"};
        for (int i = 0; i < places.length; i++) {
            out.add("* " + (i + 1) + "/6 A morning at " + places[i]);
            out.add("Volunteers spent the weekend repainting " + places[i] + " before the summer visitors arrive,"
                    + " and the town council has promised to match every hour they gave with money for new"
                    + " benches, lamps and signs along the harbour path.");
        }
        return out;
    }

    @Test
    void aSlideshowSetApartBelowTheArticleDoesNotOutweighIt() {
        List<String> after = new java.util.ArrayList<>(List.of("Share this article"));
        for (String s : List.of("Home", "Local", "Sport", "Weather", "Travel", "Jobs", "Homes", "Cars", "Events",
                "Puzzles", "Letters", "Archive", "Contact", "Advertise")) {
            after.add("* " + s);
        }
        after.add("Harbour life in pictures");
        after.addAll(slides());
        String p4 = "The operator expects the first full week of the new timetable to be busy, and it has asked"
                + " passengers with flexible plans to travel on the later sailing where they can.";
        List<String> article = List.of(P1, P2, P3, p4, SHORT_LAST);
        List<Block> blocks = dump(page(MENU, article, after));
        Map<Integer, Classification> c = classifier.classify(blocks, Set.of());
        article.forEach(t -> assertKept(c, blocks, t));
        slides().forEach(t -> removed(c, blocks, t));
    }

    @Test
    void anArticleToldInSlidesKeepsThem() {
        List<String> article = new java.util.ArrayList<>(List.of(P1, P2, P3));
        article.addAll(slides());
        List<Block> blocks = dump(page(MENU, article, List.of("* About", "* Contact")));
        Map<Integer, Classification> c = classifier.classify(blocks, Set.of());
        article.forEach(t -> assertKept(c, blocks, t));
    }

    @Test
    void aTextBrowsersListOfLanguageVersionsAtTheTopIsNotTheArticlesOpening() {
        String links = "#alternate Dansk Deutsch Eesti English Español Euskara Français Gaeilge Galego Hrvatski"
                + " Italiano Latviešu Lietuvių Magyar Malti Nederlands Norsk Polski Português Română Slovenčina"
                + " Slovenščina Suomi Svenska Türkçe Cymraeg Íslenska Català Čeština Ελληνικά Български Русский"
                + " Українська Shqip Bosanski Srpski Македонски Føroyskt Frysk Lëtzebuergesch";
        List<String> before = new java.util.ArrayList<>(List.of(links));
        before.addAll(MENU);
        List<Block> blocks = dump(page(before, List.of(P1, P2, P3), List.of()));
        Map<Integer, Classification> c = classifier.classify(blocks, Set.of());
        assertEquals(BoilerplateCategory.OTHER, removed(c, blocks, links).category());
        List.of(P1, P2, P3).forEach(t -> assertKept(c, blocks, t));
    }

    private static final List<String> PORTS = List.of("Bergen", "Aberdeen", "Tórshavn", "Lerwick", "Kirkwall",
            "Stornoway");
    private static final String AFTER_RANKING = "The survey's authors said the northern islands fell behind"
            + " because a single boat serves them, so that one breakdown leaves whole villages cut off for weeks.";

    private static List<Block> ranking(List<String> items) {
        List<String> article = new java.util.ArrayList<>(List.of(P1, P2, P3, "The ports were ranked as follows:"));
        article.addAll(items);
        article.add(AFTER_RANKING);
        return dump(page(MENU, article, List.of("* About", "* Contact")));
    }

    @Test
    void aNumberedRankingInsideTheArticleDoesNotCutItsLastParagraph() {
        List<String> items = new java.util.ArrayList<>();
        for (int i = 0; i < PORTS.size(); i++) {
            items.add((i + 1) + ". " + PORTS.get(i));
        }
        List<Block> blocks = ranking(items);
        Map<Integer, Classification> c = classifier.classify(blocks, Set.of());
        assertKept(c, blocks, AFTER_RANKING);
        items.forEach(t -> assertKept(c, blocks, t));
    }

    @Test
    void theSameShortLinesUnnumberedStillPartTheArticleFromTheParagraphBelow() {
        List<Block> blocks = ranking(PORTS);
        Map<Integer, Classification> c = classifier.classify(blocks, Set.of());
        removed(c, blocks, AFTER_RANKING);
    }

    @Test
    void aQueryOfKeywordLinesInsideTheArticleDoesNotCutItsLastParagraphs() {
        List<String> query = List.of("WITH winter AS (", "SELECT", "harbour_name,", "count(*) AS sailings", "FROM",
                "timetable", "GROUP BY", "harbour_name", ")", "SELECT", "harbour_name", "FROM", "winter",
                "ORDER BY", "sailings");
        List<String> article = new java.util.ArrayList<>(List.of(P1, P2,
                "We counted the sailings of each harbour with this query:"));
        article.addAll(query);
        article.addAll(List.of(P3, SHORT_LAST));
        List<Block> blocks = dump(page(MENU, article, List.of("* About", "* Contact")));
        Map<Integer, Classification> c = classifier.classify(blocks, Set.of());
        article.forEach(t -> assertKept(c, blocks, t));
    }

    @Test
    void aCommentFormsFieldsAreNotReadAsCode() {
        List<String> form = List.of("Name (required): [ ]", "Email (required): [ ]", "Website: [ ]",
                "Comment: [ ]", "[ ]", "[ ]", "Name (required): [ ]", "Email (required): [ ]");
        List<String> lines = new java.util.ArrayList<>(List.of(P1, P2, P3));
        lines.addAll(form);
        lines.add(SHORT_LAST);
        List<Block> blocks = dump(page(MENU, lines, List.of("* About", "* Contact")));
        Map<Integer, Classification> c = classifier.classify(blocks, Set.of());
        List.of(P1, P2, P3).forEach(t -> assertKept(c, blocks, t));
        removed(c, blocks, "Website: [ ]");
        removed(c, blocks, SHORT_LAST);
    }

    @Test
    void aTeaserParagraphAboveTheMenuIsNotTheArticlesStart() {
        List<String> before = new java.util.ArrayList<>(List.of(TEASER));
        before.addAll(MENU);
        before.addAll(List.of("* Opinion", "* Business", "* Contact"));
        List<Block> blocks = dump(page(before, List.of(P1, P2, P3), List.of()));
        Map<Integer, Classification> c = classifier.classify(blocks, Set.of());
        int[] range = classifier.proseRange(blocks, Set.of());
        assertEquals(blocks.size() - 3, range[0]);
        assertEquals(BoilerplateCategory.OTHER, removed(c, blocks, TEASER).category());
        List.of(P1, P2, P3).forEach(t -> assertKept(c, blocks, t));
    }

    @Test
    void aCutOffLastParagraphStaysWithTheArticle() {
        String cut = "Ticket prices will rise by about five per cent for adults while children and pensioners"
                + " keep their current fares until the company finishes its review of the";
        List<String> article = List.of(P1, P2, cut);
        List<Block> blocks = dump(page(MENU, article, List.of("Most read", "Share this article")));
        Map<Integer, Classification> c = classifier.classify(blocks, Set.of());
        article.forEach(t -> assertKept(c, blocks, t));
        removed(c, blocks, "Share this article");
    }

    @Test
    void subHeadingsListsAndShortParagraphsInsideTheArticleStay() {
        List<String> article = List.of(P1, "What changes", "* Two sailings a day from March.",
                "* A bus link from the pier to the hospital.", P2, "Why it matters", "It is the only link.", P3,
                SHORT_LAST);
        List<Block> blocks = dump(page(MENU, article, List.of()));
        Map<Integer, Classification> c = classifier.classify(blocks, Set.of());
        article.forEach(t -> assertKept(c, blocks, t));
    }

    @Test
    void aLongFooterFarBelowTheArticleIsNotItsEnd() {
        String legal = "Material on this site may not be reproduced, distributed, transmitted or otherwise used"
                + " without the prior written permission of the publisher, except as the licence of each item allows.";
        List<String> after = new java.util.ArrayList<>(List.of("Follow us"));
        after.addAll(MENU);
        after.addAll(List.of("* Jobs", "* Advertise", "* Archive", legal));
        List<Block> blocks = dump(page(List.of(), List.of(P1, P2, P3), after));
        Map<Integer, Classification> c = classifier.classify(blocks, Set.of());
        List.of(P1, P2, P3).forEach(t -> assertKept(c, blocks, t));
        removed(c, blocks, legal);
        assertEquals(2, classifier.proseRange(blocks, Set.of())[1]);
    }
    @Test
    void addressesAndMarkupAfterTheArticleDoNotOutweighIt() {
        String frame = "IFRAME: //share.example.net/widget.html?url=https%3A%2F%2Fgazette.example%2F2026%2Fferry"
                + "%2Fislands%2Frestored&title=Ferry%2520service%2520to%2520the%2520islands%2520restored&lang=en"
                + "&ref=article&pos=bottom&v=3&w=300&h=250&cb=19283746&uid=a8f7d6e5c4b3a2918273645&t=1712345678"
                + "&s=9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d1e0f9a8b7c6d5e4f3a2b1c0d&x=y&y=z";
        String markup = "<img style=\"display:none\" height=\"1\" width=\"1\" alt=\"\" src=\"//pixel.example.com/"
                + "pixel/p-8a7s6d5f4g3h2j1k.gif?labels=news,ferry,islands,council,timetable,harbour,gazette\"/>";
        List<String> after = new java.util.ArrayList<>(List.of("Share this article"));
        after.addAll(MENU);
        after.addAll(List.of(markup, frame));
        List<Block> blocks = dump(page(MENU, List.of(P1, P2), after));
        Map<Integer, Classification> c = classifier.classify(blocks, Set.of());
        List.of(P1, P2).forEach(t -> assertKept(c, blocks, t));
        assertEquals(MENU.size() + 1, classifier.proseRange(blocks, Set.of())[1]);
        assertEquals("addresses, markup or encoded data rather than words", removed(c, blocks, frame).reason());
        removed(c, blocks, markup);
    }

    @Test
    void chineseParagraphsEndingWithFullWidthStopsAreProse() {
        String p1 = "渡船公司星期一表示，从三月起前往北部岛屿的航线将恢复每天两班，此前整个冬天因发动机故障多次停航。";
        String p2 = "居民几个月来一直抱怨，唯一剩下的渡船让他们在天气恶劣时无法前往大陆的医院就医。";
        String p3 = "一艘从南方运营商借来的船只将承担早班航行，直到维修好的渡船在季末从船厂返回。";
        List<Block> blocks = dump(page(List.of("首页", "新闻", "体育", "天气"), List.of(p1, p2, p3),
                List.of("相关新闻", "版权所有")));
        Map<Integer, Classification> c = classifier.classify(blocks, Set.of());
        List.of(p1, p2, p3).forEach(t -> assertKept(c, blocks, t));
        removed(c, blocks, "首页");
    }
    @Test
    void chineseLinesUnderPhotographsWithoutStopsAreTheArticle() {
        String blurb = "这里是我们两个人的旅行日记，记录走过的海边小镇和山里的小路。欢迎常来看看，也欢迎留言交流。";
        List<String> lines = List.of("清晨的渡船从北边的码头出发海面上还飘着一层薄薄的雾气",
                "船上的乘客大多是回岛上探亲的老人带着大包小包的年货",
                "航行大约一个小时之后远处的小岛慢慢露出了灰色的轮廓",
                "岛上的渔村安静得只听得见海浪拍打礁石和海鸥的叫声",
                "我们沿着石板路一直走到灯塔脚下看着渔船陆续回到港口",
                "傍晚的时候码头边的小饭馆坐满了刚刚下船的本地渔民",
                "第二天一早我们搭上第一班渡船离开心里已经想着下次再来");
        List<String> article = new java.util.ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            article.add("0" + i + "-IMG_20" + i + ".jpg");
            article.add(lines.get(i));
        }
        List<Block> blocks = dump(page(List.of(blurb, "* 相簿", "* 留言", "* 名片"), article, List.of("版权所有")));
        Map<Integer, Classification> c = classifier.classify(blocks, Set.of());
        lines.forEach(t -> assertKept(c, blocks, t));
        removed(c, blocks, "版权所有");
    }

    @Test
    void aNumberedListOfTitlesWithoutStopsStaysFurniture() {
        String p1 = "渡船公司星期一表示，从三月起前往北部岛屿的航线将恢复每天两班，此前整个冬天因发动机故障多次停航。";
        String p2 = "居民几个月来一直抱怨，唯一剩下的渡船让他们在天气恶劣时无法前往大陆的医院就医。";
        List<String> ranking = List.of("1. 北部岛屿的渔民今年冬天的收成比去年少了将近一半 3/9 7:20",
                "2. 港口学校的新校长今天正式上任并会见了全体家长 3/8 9:10",
                "3. 救生艇船员在涨潮时救出两名被困在沙洲上的游客 3/7 18:20",
                "4. 修缮两年之后的老市场大厅将在下个月重新开放 3/6 13:30",
                "5. 沿海公路因为桥梁维修将在下周封闭整整七天时间 3/5 8:00",
                "6. 山里的小学今年春天第一次开设了游泳和划船课程 3/4 10:45",
                "7. 渡船公司宣布明年起学生和老人乘船一律享受半价 3/3 16:05");
        List<Block> blocks = dump(page(List.of("首页", "新闻"), List.of(p1, p2), ranking));
        Map<Integer, Classification> c = classifier.classify(blocks, Set.of());
        List.of(p1, p2).forEach(t -> assertKept(c, blocks, t));
        ranking.forEach(t -> removed(c, blocks, t));
    }

    @Test
    void aBlockOfCodeBetweenTheParagraphsDoesNotCutTheArticle() {
        List<String> code = List.of("SELECT", "harbour,", "count(*) AS sailings", "FROM", "crossings", "WHERE",
                "cancelled = false", "GROUP BY", "harbour;", "harbour │ sailings", "────────┼─────────",
                "north   │ 14", "south   │ 9", "SELECT", "FROM", "crossings;");
        List<String> article = new java.util.ArrayList<>(List.of(P1));
        article.addAll(code);
        article.addAll(List.of(P2, P3));
        List<Block> blocks = dump(page(MENU, article, List.of("Share this article")));
        Map<Integer, Classification> c = classifier.classify(blocks, Set.of());
        List.of(P1, P2, P3).forEach(t -> assertKept(c, blocks, t));
        assertKept(c, blocks, "cancelled = false");
        assertKept(c, blocks, "north   │ 14");
    }

    @Test
    void aChartsFiguresBetweenTheParagraphsDoNotCutTheArticle() {
        // bare page numbers ("2", "3") read as pagination; a chart's axis shows its unit
        List<String> article = new java.util.ArrayList<>(List.of(P1, "Share of crossings cancelled"));
        for (int i = 0; i < 3; i++) {
            article.addAll(List.of("[chart.gif]", "40%", "30%", "20%", "10%", "0%"));
        }
        article.addAll(List.of(P2, P3));
        List<Block> blocks = dump(page(MENU, article, List.of()));
        Map<Integer, Classification> c = classifier.classify(blocks, Set.of());
        List.of(P1, P2, P3).forEach(t -> assertKept(c, blocks, t));
    }

    @Test
    void aMenuOfWordsBetweenATeaserAndTheArticleStillCutsIt() {
        List<String> before = new java.util.ArrayList<>(List.of(TEASER, "12/03/2026"));
        before.addAll(List.of("Home", "Local", "Sport", "Weather", "Travel", "Opinion", "Business", "Contact"));
        List<Block> blocks = dump(page(before, List.of(P1, P2, P3), List.of()));
        Map<Integer, Classification> c = classifier.classify(blocks, Set.of());
        removed(c, blocks, TEASER);
        List.of(P1, P2, P3).forEach(t -> assertKept(c, blocks, t));
    }
    @Test
    void readersCommentsAfterACommentHeadingAndReplyButtonsAreNotTheArticle() {
        String c1 = "I have taken this crossing every week for twenty years and I have never seen the timetable change"
                + " so often in a single winter, so I hope the second boat really does arrive this time around.";
        String c2 = "The council should have bought a spare vessel years ago instead of waiting for the old one to"
                + " fail, and the people who depend on the hospital link deserve a proper explanation of the delay.";
        String c3 = "My mother missed two appointments on the mainland in January because of the cancellations, and"
                + " nobody from the company ever answered the letters we sent asking for the fares to be refunded.";
        List<String> after = List.of("Share this article", "12 comments", "Leave a reply", "Reply", c1, "Reply",
                "Reply", c2, "Reply", "Reply", c3, "Reply");
        List<Block> blocks = dump(page(MENU, List.of(P1, P2, P3), after));
        Map<Integer, Classification> c = classifier.classify(blocks, Set.of());
        List.of(P1, P2, P3).forEach(t -> assertKept(c, blocks, t));
        List.of(c1, c2, c3).forEach(t -> removed(c, blocks, t));
    }

    @Test
    void anArticleCutByAdvertisementAndOtherStoriesStaysWhole() {
        List<String> article = List.of(P1, "Advertisement", "Most popular", "Read more", P2, P3, SHORT_LAST);
        List<Block> blocks = dump(page(MENU, article, List.of("12 comments", "Reply")));
        Map<Integer, Classification> c = classifier.classify(blocks, Set.of());
        List.of(P1, P2, P3, SHORT_LAST).forEach(t -> assertKept(c, blocks, t));
    }
}
