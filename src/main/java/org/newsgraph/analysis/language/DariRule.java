package org.newsgraph.analysis.language;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.newsgraph.analysis.document.LanguageGuess;

/**
 * Tells Dari (Afghan Persian, {@code prs}) from Iranian Persian ({@code fa}) in a text Lingua has called
 * Persian. Evidence, summed into one score (positive: Afghan):
 * <ul>
 * <li>words whose written form is typical of one side, weighted, from {@code lang/langid/fa-af-markers.tsv}
 * (ولسوالی, پولیس, محکمه, رییس, جنوری ... against استان, پلیس, دادگاه, رئیس, ژانویه ...), and the words in
 * which CLDR's Afghan and Iranian names of countries, languages, currencies and months differ
 * ({@code fa-af-cldr.tsv}: جاپان, هالند, دالر against ژاپن, هلند, دلار);</li>
 * <li>Afghan orthography: verbs with می joined without ZWNJ (میشود), plural and pronoun suffixes written
 * apart (کشور ها, کشور شان), Afghan solar months after a day number (۱۵ حمل);</li>
 * <li>Iranian orthography: words joined with ZWNJ (می‌شود), hamza seats inside words (مسائل), and, where a
 * site writes without ZWNJ, plurals joined to their word (کشورها) and می apart from its verb (می شود).</li>
 * </ul>
 * Each marker word, and each group of them (formal verbs نمود/گردید, hamza-less spellings), counts once a
 * text. Afghan spacing evidence is capped a little above the decision score: it decides a paragraph alone
 * only when no Iranian habit is there (some Iranian sites also write ها apart, or می joined, but rarely
 * without also joining a plural or writing another می apart). A score of {@value #DECISION_SCORE} is even odds in a paragraph,
 * more in a long text; the probability of Dari is a logistic of the score, reported with the runner-up so
 * callers can act on it.
 */
final class DariRule {
    /** Characters of the text inspected for evidence. */
    static final int SCAN_CHARS = 6000;
    /** Score at which Dari and Iranian Persian are equally likely, for a paragraph of up to {@value #SHORT_WORDS} words. */
    static final double DECISION_SCORE = 2.0;
    static final int SHORT_WORDS = 60;
    /**
     * Longer texts need more: an Iranian article meets a few Afghan-looking words by chance (formal verbs,
     * Arabic plurals), a Dari one many more; one more point per this many words.
     */
    private static final double WORDS_PER_EXTRA_POINT = 300;
    /** How fast the probability moves with the score (per unit of score). */
    private static final double SLOPE = 1.5;

    private static final double SUFFIX_WEIGHT = 0.75;
    private static final double SUFFIX_CAP = 1.5;
    private static final double JOINED_MI_WEIGHT = 1.5;
    private static final double JOINED_MI_CAP = 3.0;
    /**
     * Afghan spacing habits together may pass the decision score (two joined می verbs, or one and a suffix
     * written apart) because the Iranian habits of sites that write without ZWNJ (joined plurals, می apart)
     * count against them; no ZWNJ alone is no evidence.
     */
    private static final double ORTHOGRAPHY_CAP = 2.5;
    private static final double ZWNJ_WEIGHT = 1.0;
    private static final double ZWNJ_CAP = 4.0;
    private static final double HAMZA_WEIGHT = 0.75;
    private static final double HAMZA_CAP = 1.5;
    /**
     * Iranian writing without ZWNJ: plurals joined to their word (کشورها, کمکهای) and می written apart from
     * its verb (می شود). Afghan orthography writes the first apart and the second joined.
     */
    private static final double IRANIAN_SPACING_WEIGHT = 0.75;
    private static final double IRANIAN_SPACING_CAP = 1.5;
    /** Words that end in ها without being a plural, or plurals both varieties write joined. */
    private static final Set<String> NOT_JOINED_PLURALS = Set.of("آنها", "اینها", "تنها", "تنهایی", "انتها", "انتهای",
            "اشتباها", "بعدها", "رها", "بها", "بهای");
    private static final double SOLAR_MONTH_WEIGHT = 2.0;

    private static final char ZWNJ = '\u200C';
    private record Marker(double weight, String group) {}

    /** Hand-written markers, then CLDR's fa_AF / fa name forms for words the hand list lacks. */
    private static final Map<String, Marker> MARKERS = merge(loadMarkers("/lang/langid/fa-af-markers.tsv"),
            loadMarkers("/lang/langid/fa-af-cldr.tsv"));
    /** Plural and pronoun suffixes, which Afghan orthography writes as separate words. */
    private static final Set<String> DETACHED_SUFFIXES = Set.of("ها", "های", "هایی", "هایش", "شان", "اش", "گان");
    /** Afghan solar months; most are also common words, so they count only after a day number. */
    private static final Set<String> SOLAR_MONTHS = Set.of(
            "حمل", "ثور", "جوزا", "سرطان", "اسد", "سنبله", "میزان", "عقرب", "قوس", "جدی", "دلو", "حوت");
    /** Present stems taking person endings, and past stems, of verbs common in news. */
    private static final Set<String> PRESENT_STEMS = Set.of(("کن شو باش ده گو رو توان آی گیر بین رس مان گرد نما "
            + "ساز یاب خواه آور بر خور کش زن پرداز فرست نویس خوان گذار گذر شناس پذیر افت افزا بخش جو دار اندیش "
            + "پرس ترس رسان سپار کوش نشین پوش شمار کار خر فروش بند ریز سوز دو آموز پاش نگر گرا").split(" "));
    private static final Set<String> PAST_STEMS = Set.of(("کرد شد داد گفت رفت توانست خواست آمد دید رسید ماند "
            + "گردید نمود ساخت یافت دانست آورد برد خورد کشید زد پرداخت فرستاد نوشت خواند گذاشت گذشت شناخت "
            + "پذیرفت افتاد افزود بخشید جست داشت اندیشید پرسید ترسید رساند سپرد کوشید نشست پوشید شمرد بود "
            + "کاشت خرید فروخت بست ریخت سوخت دوید آموخت نگریست گرایید").split(" "));
    private static final String[] PRESENT_ENDINGS = {"یم", "ید", "ند", "م", "ی", "د"};
    private static final String[] PAST_ENDINGS = {"یم", "ید", "ند", "م", "ی", ""};

    private DariRule() {}

    /**
     * Refines a Persian guess: Dari when the evidence says so, Persian otherwise, each with the other as
     * runner-up. Without Persian among the configured languages, a Persian text is undetermined with
     * {@code fa} as its alternative.
     */
    static LanguageGuess refine(CharSequence text, LanguageGuess persian, boolean persianConfigured) {
        Evidence evidence = evidence(text);
        double dari = probability(evidence.score(), evidence.words());
        if (dari >= 0.5) {
            double confidence = dari * persian.confidence();
            return new LanguageGuess("prs", persian.script(), confidence,
                    List.of(new LanguageGuess.Alternative("fa", (1 - dari) * persian.confidence())));
        }
        if (!persianConfigured) {
            return new LanguageGuess(LanguageGuess.UNDETERMINED_CODE, persian.script(), 0.0,
                    List.of(new LanguageGuess.Alternative("fa", persian.confidence())));
        }
        List<LanguageGuess.Alternative> alternatives = new java.util.ArrayList<>();
        alternatives.add(new LanguageGuess.Alternative("prs", dari * persian.confidence()));
        alternatives.addAll(persian.alternatives());
        return new LanguageGuess("fa", persian.script(), (1 - dari) * persian.confidence(),
                alternatives.subList(0, Math.min(alternatives.size(), 4)));
    }

    /** The probability of Dari for a score reached over so many words. */
    static double probability(double score, int words) {
        double threshold = DECISION_SCORE + Math.max(0, words - SHORT_WORDS) / WORDS_PER_EXTRA_POINT;
        return 1 / (1 + Math.exp(-SLOPE * (score - threshold)));
    }

    record Evidence(double score, int words) {}

    /** The summed evidence of the text's first {@value #SCAN_CHARS} characters; positive means Afghan. */
    static double score(CharSequence text) {
        return evidence(text).score();
    }

    static Evidence evidence(CharSequence text) {
        int limit = Math.min(text.length(), SCAN_CHARS);
        double words = 0;
        int suffixes = 0;
        int joinedMi = 0;
        int zwnj = 0;
        int hamza = 0;
        int iranianSpacing = 0;
        boolean previousIsMi = false;
        int wordCount = 0;
        boolean previousIsNumber = false;
        Set<String> seenMarkers = new java.util.HashSet<>();
        StringBuilder token = new StringBuilder(24);
        int i = 0;
        while (i < limit) {
            char c = text.charAt(i);
            if (!isTokenChar(c)) {
                i++;
                continue;
            }
            token.setLength(0);
            boolean number = Character.isDigit(c);
            while (i < limit && isTokenChar(c = text.charAt(i)) && Character.isDigit(c) == number) {
                appendNormalized(token, c);
                i++;
            }
            if (token.isEmpty()) {
                continue;
            }
            if (number) {
                previousIsNumber = true;
                continue;
            }
            String word = token.toString();
            wordCount++;
            Marker marker = MARKERS.get(word);
            int joiner = word.indexOf(ZWNJ);
            if (marker == null && joiner > 0) {
                marker = MARKERS.get(word.substring(0, joiner));
            }
            if (marker != null) {
                if (seenMarkers.add(marker.group())) {
                    words += marker.weight(); // each marker once: an article repeating one word is not more Afghan
                }
            } else if (previousIsNumber && SOLAR_MONTHS.contains(word)) {
                words += SOLAR_MONTH_WEIGHT;
            } else if (DETACHED_SUFFIXES.contains(word)) {
                suffixes++;
            } else if (joiner >= 0) {
                zwnj++;
            } else if (isJoinedMiVerb(word)) {
                joinedMi++;
            } else if (previousIsMi && isJoinedMiVerb("می" + word) || isJoinedPlural(word)) {
                iranianSpacing++;
            } else if (word.indexOf('ئ') >= 0 && word.indexOf('ئ') < word.length() - 1) {
                hamza++;
            }
            previousIsNumber = false;
            previousIsMi = word.equals("می") || word.equals("نمی");
        }
        double orthography = Math.min(ORTHOGRAPHY_CAP, Math.min(suffixes * SUFFIX_WEIGHT, SUFFIX_CAP)
                + Math.min(joinedMi * JOINED_MI_WEIGHT, JOINED_MI_CAP));
        double score = words + orthography - Math.min(zwnj * ZWNJ_WEIGHT, ZWNJ_CAP) - Math.min(hamza * HAMZA_WEIGHT, HAMZA_CAP)
                - Math.min(iranianSpacing * IRANIAN_SPACING_WEIGHT, IRANIAN_SPACING_CAP);
        return new Evidence(score, wordCount);
    }

    /** A verb with the durative prefix می or نمی written joined to its stem without ZWNJ (میشود). */
    static boolean isJoinedMiVerb(String word) {
        String rest = word.startsWith("نمی") ? word.substring(3) : word.startsWith("می") ? word.substring(2) : null;
        if (rest == null || rest.length() < 2) {
            return false;
        }
        for (String ending : PAST_ENDINGS) {
            if (rest.endsWith(ending) && PAST_STEMS.contains(rest.substring(0, rest.length() - ending.length()))) {
                return true;
            }
        }
        for (String ending : PRESENT_ENDINGS) {
            if (rest.endsWith(ending) && PRESENT_STEMS.contains(rest.substring(0, rest.length() - ending.length()))) {
                return true;
            }
        }
        return false;
    }

    /** A plural or ezafe form with ها joined to a word of three or more letters (کشورها, کمکهای). */
    static boolean isJoinedPlural(String word) {
        int stem = word.endsWith("هایی") ? word.length() - 4 : word.endsWith("های") ? word.length() - 3
                : word.endsWith("ها") ? word.length() - 2 : -1;
        return stem >= 3 && !NOT_JOINED_PLURALS.contains(word);
    }

    /** Letters, marks and ZWNJ make words; digits make numbers; everything else separates. */
    private static boolean isTokenChar(char c) {
        return Character.isLetterOrDigit(c) || c == ZWNJ || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    /** Arabic yeh and kaf as Persian ones, harakat and tatweel dropped; ZWNJ and hamza kept (they are evidence). */
    private static void appendNormalized(StringBuilder out, char c) {
        switch (c) {
            case 'ي', 'ى' -> out.append('ی');
            case 'ك' -> out.append('ک');
            case 'ـ' -> { }
            default -> {
                if (Character.getType(c) != Character.NON_SPACING_MARK) {
                    out.append(c);
                }
            }
        }
    }

    private static Map<String, Marker> merge(Map<String, Marker> first, Map<String, Marker> second) {
        Map<String, Marker> merged = new HashMap<>(second);
        merged.putAll(first);
        return Map.copyOf(merged);
    }

    private static Map<String, Marker> loadMarkers(String resource) {
        Map<String, Marker> markers = new HashMap<>();
        try (InputStream in = DariRule.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\t");
                String word = fields[0].strip();
                String group = fields.length > 2 ? fields[2].strip() : word;
                markers.put(word, new Marker(Double.parseDouble(fields[1].strip()), group));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(markers);
    }
}
