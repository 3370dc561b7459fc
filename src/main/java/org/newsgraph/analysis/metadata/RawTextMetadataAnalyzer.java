package org.newsgraph.analysis.metadata;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.newsgraph.analysis.document.Analyzer;
import org.newsgraph.analysis.document.DateMention;
import org.newsgraph.analysis.document.Document;
import org.newsgraph.analysis.document.Layer;
import org.newsgraph.analysis.text.TextNormalizer;
import org.newsgraph.analysis.time.DateAnalyzer;

/**
 * Metadata written in a raw article text: the title (first meaningful line), the dateline (publication
 * date near the top or in the source attribution) and the source the text attributes itself to. Uses the
 * dates layer when {@link DateAnalyzer} already ran, else finds dates itself. Sets nothing it cannot find.
 */
public final class RawTextMetadataAnalyzer implements Analyzer {
    static final int MAX_TITLE_LENGTH = 200;
    private static final int MIN_TITLE_LETTERS = 12;
    private static final int HEAD_LINES = 6;
    private static final int SOURCE_SEARCH_CHARS = 3000;
    private static final int MAX_SOURCE_WORDS = 6;

    /** Site chrome seen on news pages in the project's languages (folded by {@link TextNormalizer#dateText}). */
    private static final List<String> CHROME_PHRASES = List.of(
            "مشاهده در مرجع", "اشتراک گذاری", "ادامه مطلب", "بیشتر بخوانید", "صفحه اصلی", "چاپ خبر", "ارسال به دوستان",
            "نسخه چاپی", "کد خبر", "لینک کوتاه", "الرئیسیه", "مشارکه", "طباعه", "اقرا ایضا", "اقرا المزید",
            "share", "print", "read more", "home", "menu", "subscribe", "sign in", "log in", "advertisement",
            "paylas", "ana sehife", "ana sayfa", "daha cox", "поделиться", "главная", "читать далее");
    private static final Pattern MENU_SEPARATORS = Pattern.compile("[|»«·•/>]");
    private static final Pattern LETTER = Pattern.compile("\\p{L}");

    /** Words that end a captured source name ("به گزارش X در ...", "according to X on ..."). */
    private static final Set<String> NAME_STOP_WORDS = Set.of(
            "در", "که", "از", "به", "با", "و", "را", "این", "روز", "امروز", "طی",
            "فی", "ان", "من", "عن", "الی", "علی", "الیوم", "یوم", "حیث",
            "on", "in", "at", "that", "from", "today", "yesterday", "said", "and", "by", "ki", "ve");
    /** Words a name starts at when a role comes first ("خبرنگار سیاسی خبرگزاری فارس" -> "خبرگزاری فارس"). */
    private static final Pattern AGENCY_HEAD = Pattern.compile("(?:خبرگزاری|پایگاه خبری|روزنامه|وکاله|صحیفه|news agency)");

    /** Cue followed by the name, matched on folded text. */
    private static final Pattern[] CUE_BEFORE_NAME = {
            Pattern.compile("(?<![\\p{L}])(?:به گزارش|به نقل از|منبع\\s*[:：]|source\\s*[:：]|according to|وفقا\\s*ل\\s*ـ?|وفقاً\\s*ل\\s*ـ?"
                    + "|نقلا عن|نقلاً عن|بحسب|وبحسب|حسب|ذکرت|افادت|сообщает|передает|по данным|по сообщению)\\s+"),
    };
    private static final Pattern AGENCY_ARABIC = Pattern.compile("(?<![\\p{L}])و?(وکاله\\s+[^\\s،,.:]+(?:\\s+[^\\s،,.:]+)?\\s+للانباء)");
    private static final Pattern AZ_REPORTED = Pattern.compile(
            "(\\p{Lu}[\\p{L}\\p{N}.&]*(?:\\s+\\p{Lu}[\\p{L}\\p{N}.&]*){0,3})\\s*[-'’]\\s*(?:a|ə|ya|yə|na|nə)\\s+bildirilib");
    private static final Pattern AZ_ACCORDING = Pattern.compile(
            "(\\p{Lu}[\\p{L}\\p{N}.&]*(?:\\s+\\p{Lu}[\\p{L}\\p{N}.&]*){0,3})\\s*[-'’]?\\s*(?:n?[ıiuü]n)\\s+məlumatına\\s+görə");
    private static final Pattern TR_ACCORDING = Pattern.compile(
            "(\\p{Lu}[\\p{L}\\p{N}.&]*(?:\\s+\\p{Lu}[\\p{L}\\p{N}.&]*){0,3})\\s*['’]\\s*(?:n?[ıiuü]n)\\s+haberine\\s+göre");
    private static final Pattern EN_REPORTED = Pattern.compile(
            "(\\p{Lu}[\\p{L}\\p{N}.&]*(?:\\s+\\p{Lu}[\\p{L}\\p{N}.&]*){0,3})\\s+(?:reported|reports|said in a report)\\b");
    private static final Pattern WIRE_DATELINE = Pattern.compile("\\((\\p{Lu}[\\p{L}.& ]{1,40})\\)\\s*[-–—]");

    private final DateAnalyzer dateAnalyzer;

    public RawTextMetadataAnalyzer() {
        this(new DateAnalyzer());
    }

    public RawTextMetadataAnalyzer(DateAnalyzer dateAnalyzer) {
        this.dateAnalyzer = dateAnalyzer;
    }

    /** A non-blank line, whitespace trimmed, [start, end) into the original text. */
    record Line(int start, int end, String text) {}

    record Source(int start, int end, String name) {}

    @Override
    public Set<Layer> requires() {
        return EnumSet.of(Layer.DATES);
    }

    @Override
    public Set<Layer> produces() {
        return EnumSet.of(Layer.METADATA);
    }

    @Override
    public void analyze(Document document) {
        String text = document.text();
        List<DateMention> dates = document.dates().isEmpty() ? dateAnalyzer.find(text) : document.dates();
        List<Line> lines = lines(text);
        String title = title(lines, dates);
        if (title != null) {
            document.setTitle(title);
        }
        Source source = source(text);
        if (source != null) {
            document.setSource(source.name());
        }
        DateMention dateline = dateline(text, lines, dates, source);
        if (dateline != null) {
            document.setDateline(dateline);
        }
    }

    static List<Line> lines(String text) {
        List<Line> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n' || text.charAt(i) == '\r' || text.charAt(i) == '\u2029') {
                int s = start;
                int e = i;
                while (s < e && Character.isWhitespace(text.charAt(s))) {
                    s++;
                }
                while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
                    e--;
                }
                if (s < e) {
                    lines.add(new Line(s, e, text.substring(s, e)));
                }
                start = i + 1;
            }
        }
        return lines;
    }

    /** The first line that is neither a date, nor site chrome, nor too short; capped at a word boundary. */
    static String title(List<Line> lines, List<DateMention> dates) {
        for (Line line : lines) {
            if (isDateLine(line, dates) || isChrome(line.text()) || letters(line.text()) < MIN_TITLE_LETTERS
                    || line.text().strip().split("\\s+").length < 2) {
                continue;
            }
            return cap(line.text());
        }
        return null;
    }

    static String cap(String title) {
        String t = title.replaceAll("\\s+", " ").strip();
        if (t.length() <= MAX_TITLE_LENGTH) {
            return t;
        }
        int space = t.lastIndexOf(' ', MAX_TITLE_LENGTH);
        int cut = space > MAX_TITLE_LENGTH / 2 ? space : MAX_TITLE_LENGTH;
        if (Character.isLowSurrogate(t.charAt(cut)) && Character.isHighSurrogate(t.charAt(cut - 1))) {
            cut--; // never between the two halves of a character outside the BMP
        }
        return t.substring(0, cut).strip() + "…";
    }

    /** A line that is essentially a date: dates cover most of its letters and digits. */
    private static boolean isDateLine(Line line, List<DateMention> dates) {
        int covered = 0;
        for (DateMention d : dates) {
            int s = Math.max(d.start(), line.start());
            int e = Math.min(d.end(), line.end());
            if (s < e) {
                covered += significant(line.text().substring(s - line.start(), e - line.start()));
            }
        }
        int total = significant(line.text());
        return covered > 0 && covered * 10 >= total * 7;
    }

    private static int significant(String s) {
        return (int) s.codePoints().filter(Character::isLetterOrDigit).count();
    }

    private static int letters(String s) {
        return (int) s.codePoints().filter(Character::isLetter).count();
    }

    static boolean isChrome(String line) {
        String folded = TextNormalizer.dateText(line).replaceAll("\\s+", " ").strip();
        int words = folded.split(" ").length;
        for (String phrase : CHROME_PHRASES) {
            String p = TextNormalizer.dateText(phrase);
            if (folded.equals(p) || (words <= 8 && containsWord(folded, p))) {
                return true;
            }
        }
        Matcher separators = MENU_SEPARATORS.matcher(line);
        int count = 0;
        while (separators.find()) {
            count++;
        }
        // "Home | World | Politics | Sport": several separators between short items
        return count >= 3 && words <= (count + 1) * 3;
    }

    private static boolean containsWord(String folded, String phrase) {
        return Pattern.compile("(?<![\\p{L}])" + Pattern.quote(phrase) + "(?![\\p{L}])").matcher(folded).find();
    }

    /**
     * The dateline: a line near the top that is a date; else a date next to the source attribution
     * ("به گزارش X در 25 اکتبر 2023"); else a dated line near the top that starts with its date.
     */
    static DateMention dateline(String text, List<Line> lines, List<DateMention> dates, Source sourceHint) {
        List<DateMention> known = dates.stream().filter(d -> d.startDate() != null).toList();
        int head = Math.min(lines.size(), HEAD_LINES);
        for (int i = 0; i < head; i++) {
            Line line = lines.get(i);
            if (isDateLine(line, known)) {
                for (DateMention d : known) {
                    if (d.start() >= line.start() && d.end() <= line.end()) {
                        return d;
                    }
                }
            }
        }
        if (sourceHint != null) {
            Source source = sourceHint;
            // after the attribution ("به گزارش X در 25 اکتبر 2023"), else before it on the same line
            // ("LONDON, Jan 15 (Reuters) -")
            for (DateMention d : known) {
                if (d.start() >= source.end() && d.start() - source.end() <= 40) {
                    return d;
                }
            }
            for (DateMention d : known) {
                if (d.end() <= source.start() && source.start() - d.end() <= 40
                        && text.substring(d.end(), source.start()).indexOf('\n') < 0) {
                    return d;
                }
            }
        }
        for (int i = 0; i < Math.min(lines.size(), 3); i++) {
            Line line = lines.get(i);
            for (DateMention d : known) {
                if (d.start() >= line.start() && d.start() <= line.start() + 2) {
                    return d;
                }
            }
        }
        return null;
    }

    /** The first source attribution in the opening of the text, trimmed to the name. */
    static Source source(String text) {
        String head = text.length() > SOURCE_SEARCH_CHARS ? text.substring(0, SOURCE_SEARCH_CHARS) : text;
        String folded = TextNormalizer.dateText(head);
        List<Source> found = new ArrayList<>();
        Matcher agency = AGENCY_ARABIC.matcher(folded);
        Source arabicAgency = agency.find() ? new Source(agency.start(1), agency.end(1), head.substring(agency.start(1), agency.end(1))) : null;
        if (arabicAgency != null) {
            found.add(arabicAgency);
        }
        for (Pattern cue : CUE_BEFORE_NAME) {
            Matcher m = cue.matcher(folded);
            while (m.find()) {
                Source s = nameAfter(head, folded, m.start(), m.end());
                if (s != null) {
                    if (arabicAgency != null && arabicAgency.start() >= m.end() && arabicAgency.start() < s.end() + 40) {
                        s = new Source(m.start(), arabicAgency.end(), arabicAgency.name());
                    }
                    found.add(s);
                    break;
                }
            }
        }
        for (Pattern p : new Pattern[] {AZ_REPORTED, AZ_ACCORDING, TR_ACCORDING, EN_REPORTED, WIRE_DATELINE}) {
            Matcher m = p.matcher(head);
            if (m.find()) {
                String name = m.group(1).strip().replaceFirst("^(?:The|A|An)\\s+", "");
                found.add(new Source(m.start(), m.end(), name));
            }
        }
        return found.stream().min((a, b) -> Integer.compare(a.start(), b.start())).orElse(null);
    }

    private static Source nameAfter(String head, String folded, int cueStart, int nameStart) {
        List<int[]> words = new ArrayList<>();
        Matcher w = Pattern.compile("[^\\s]+").matcher(folded);
        w.region(nameStart, folded.length());
        while (w.find() && words.size() < MAX_SOURCE_WORDS) {
            String word = folded.substring(w.start(), w.end());
            String bare = word.replaceAll("[\\p{P}\\p{S}]+$", "");
            if (bare.isEmpty() || NAME_STOP_WORDS.contains(bare) || Character.isDigit(bare.charAt(0))) {
                break;
            }
            // no line breaks inside a name
            if (folded.substring(words.isEmpty() ? nameStart : words.get(words.size() - 1)[1], w.start()).contains("\n")) {
                break;
            }
            words.add(new int[] {w.start(), w.start() + bare.length()});
            if (bare.length() < word.length()) {
                break; // punctuation after the word ends the name
            }
        }
        if (words.isEmpty()) {
            return null;
        }
        int start = words.get(0)[0];
        int end = words.get(words.size() - 1)[1];
        Matcher agencyHead = AGENCY_HEAD.matcher(folded.substring(start, end));
        if (agencyHead.find() && agencyHead.start() > 0) {
            start += agencyHead.start();
        }
        String name = head.substring(start, end).strip();
        if (letters(name) < 2) {
            return null;
        }
        return new Source(cueStart, end, name);
    }
}
