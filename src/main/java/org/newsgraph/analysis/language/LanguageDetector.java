package org.newsgraph.analysis.language;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;

import com.github.pemistahl.lingua.api.IsoCode639_1;
import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Normalizer2;

import org.newsgraph.analysis.document.LanguageGuess;

/**
 * Detects the language of a text with Lingua (preloaded high-accuracy models) plus letter rules for what
 * Lingua 1.2.2 lacks: Pashto ({@code ps}), Central Kurdish / Sorani ({@code ckb}, Arabic script), Northern
 * Kurdish / Kurmanji ({@code kmr}, Latin script), Dari ({@code prs}), Uyghur ({@code ug}), Sindhi
 * ({@code sd}), Uzbek ({@code uz}, Latin or Cyrillic script) and Azerbaijani in Cyrillic script ({@code az}
 * with script {@code Cyrl}). Codes are ISO 639-1 where one names the language alone, else ISO 639-3 (all
 * valid BCP-47 primary subtags); the script is reported apart, never inside the code.
 *
 * <p>The decision is made on the letters of the text's dominant script only, so Latin acronyms inside an
 * Arabic-script text (NATO, COVID-19, COP29) do not pull it towards English. Only the first
 * {@value #SCAN_CHARS} characters are scanned and at most {@value #SAMPLE_CHARS} characters of words are given
 * to Lingua, so a huge article costs the same as a long one.
 *
 * <p>Dari is reported as {@code prs} (ISO 639-3, a valid BCP-47 primary subtag, the code NTREX and most
 * corpora use); {@link LanguageGuess#baseLanguage()} maps it to {@code fa} for analyzers that treat all
 * Persian alike. {@link DariRule} tells it from Iranian Persian after Lingua says Persian, and reports the
 * other variety as the runner-up with its probability.
 *
 * <p>Thread-safe. Building one loads the Lingua models of its languages (seconds, hundreds of MB); share
 * it ({@link #standard()}).
 */
public final class LanguageDetector {
    /** The languages of the news the service expects: the default set. */
    public static final Set<String> DEFAULT_LANGUAGES = Collections.unmodifiableSet(new LinkedHashSet<>(List.of(
            "fa", "ar", "az", "tr", "ur", "en", "ru", "de", "fr", "es", "kk", "uz", "he", "hy", "ka", "uk",
            "zh", "hi", "id", "it", "ps", "ckb", "prs", "kmr", "ug", "sd")));

    /** Languages detected by letter or word rules here, not by Lingua. */
    public static final Set<String> RULE_LANGUAGES = Set.of("ps", "ckb", "prs", "kmr", "ug", "sd", "uz");

    /** Characters scanned to find the dominant script and count distinctive letters. */
    static final int SCAN_CHARS = 64 * 1024;
    /** Characters of dominant-script words handed to Lingua. */
    static final int SAMPLE_CHARS = 1500;
    private static final int MAX_ALTERNATIVES = 4;
    /** A non-Latin script with at least this many letters per Latin letter decides instead of Latin. */
    static final double LATIN_YIELDS_TO_SHARE = 0.5;
    private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();

    private static volatile LanguageDetector standard;

    private final Set<String> languages;
    private final com.github.pemistahl.lingua.api.LanguageDetector lingua;
    /** A language added only because Lingua needs two to choose from; never reported. */
    private final Language contrastOnly;

    public LanguageDetector() {
        this(DEFAULT_LANGUAGES);
    }

    /**
     * @param languageCodes ISO 639-1 codes Lingua knows, plus any of {@link #RULE_LANGUAGES}
     * @throws IllegalArgumentException for a code neither Lingua nor the rules know
     */
    public LanguageDetector(Set<String> languageCodes) {
        Set<String> codes = new LinkedHashSet<>();
        EnumSet<Language> linguaLanguages = EnumSet.noneOf(Language.class);
        for (String raw : languageCodes) {
            String code = raw.strip().toLowerCase(Locale.ROOT);
            codes.add(code);
            if (RULE_LANGUAGES.contains(code)) {
                continue;
            }
            linguaLanguages.add(linguaLanguage(code));
        }
        if (codes.contains("prs")) {
            linguaLanguages.add(Language.PERSIAN); // Dari is told apart from Persian after Lingua says Persian
        }
        Language contrast = null;
        if (linguaLanguages.size() == 1) {
            contrast = linguaLanguages.contains(Language.ENGLISH) ? Language.FRENCH : Language.ENGLISH;
            linguaLanguages.add(contrast);
        }
        this.contrastOnly = contrast;
        this.languages = Collections.unmodifiableSet(codes);
        this.lingua = linguaLanguages.isEmpty() ? null
                : LanguageDetectorBuilder.fromLanguages(linguaLanguages.toArray(Language[]::new))
                        .withPreloadedLanguageModels()
                        .build();
    }

    /** The detector over {@link #DEFAULT_LANGUAGES}, built once per JVM on first use. */
    public static LanguageDetector standard() {
        LanguageDetector d = standard;
        if (d == null) {
            synchronized (LanguageDetector.class) {
                d = standard;
                if (d == null) {
                    d = new LanguageDetector();
                    standard = d;
                }
            }
        }
        return d;
    }

    public Set<String> languages() {
        return languages;
    }

    private static Language linguaLanguage(String code) {
        for (Language language : Language.values()) {
            if (language.getIsoCode639_1() != IsoCode639_1.NONE
                    && language.getIsoCode639_1().name().equalsIgnoreCase(code)) {
                return language;
            }
        }
        throw new IllegalArgumentException("Unsupported language code: " + code);
    }

    /** The ISO 15924 code of the script most letters of the text are written in, or null if it has none. */
    public static String dominantScript(CharSequence text) {
        if (text == null) {
            return null;
        }
        ScriptProfile profile = ScriptProfile.of(text, SCAN_CHARS, SAMPLE_CHARS);
        return profile.letters == 0 ? null : profile.scriptCode();
    }

    /** Never throws; {@link LanguageGuess#UNDETERMINED} for text with no usable letters. */
    public LanguageGuess detect(CharSequence text) {
        if (text == null || text.isEmpty()) {
            return LanguageGuess.UNDETERMINED;
        }
        try {
            return detect(text, ScriptProfile.of(text, SCAN_CHARS, SAMPLE_CHARS));
        } catch (RuntimeException e) {
            // Detection is advisory: a failure inside a library on odd input must not fail the analysis.
            return LanguageGuess.UNDETERMINED;
        }
    }

    private LanguageGuess detect(CharSequence text, ScriptProfile profile) {
        // Too few distinct letters (empty, digits only, one repeated character) says nothing about language.
        int minDistinct = ScriptProfile.isHanGroup(profile.script) ? 2 : 3;
        if (profile.sampleLetters == 0 || profile.distinctSampleLetters < minDistinct) {
            return LanguageGuess.UNDETERMINED;
        }
        String script = profile.scriptCode();
        LanguageGuess byRule = switch (profile.script) {
            case UScript.ARABIC -> ArabicScriptRules.detect(profile, script, languages);
            case UScript.CYRILLIC -> CyrillicRules.detect(profile, script, languages);
            case UScript.LATIN -> latinRules(profile, script);
            default -> null;
        };
        if (byRule != null) {
            return byRule;
        }
        LanguageGuess guess = linguaGuess(profile.sample, profile.sampleLetters, script);
        if (profile.script == UScript.ARABIC && "fa".equals(guess.language()) && languages.contains("prs")) {
            guess = DariRule.refine(text, guess, languages.contains("fa"));
        }
        return guess;
    }

    private LanguageGuess latinRules(ScriptProfile profile, String script) {
        LanguageGuess kurmanji = languages.contains("kmr") ? KurmanjiRule.detect(profile, script) : null;
        if (kurmanji != null) {
            return kurmanji;
        }
        return languages.contains("uz") ? UzbekLatinRule.detect(profile.sample, script) : null;
    }

    private LanguageGuess linguaGuess(String sample, int sampleLetters, String script) {
        if (lingua == null) {
            return new LanguageGuess(LanguageGuess.UNDETERMINED_CODE, script, 0.0, List.of());
        }
        SortedMap<Language, Double> relative = lingua.computeLanguageConfidenceValues(sample);
        List<LanguageGuess.Alternative> ranked = calibrate(relative, sampleLetters);
        if (ranked.isEmpty()) {
            return new LanguageGuess(LanguageGuess.UNDETERMINED_CODE, script, 0.0, List.of());
        }
        LanguageGuess.Alternative best = ranked.get(0);
        if (contrastOnly != null && best.language().equals(code(contrastOnly))) {
            return new LanguageGuess(LanguageGuess.UNDETERMINED_CODE, script, 0.0, List.of());
        }
        List<LanguageGuess.Alternative> others = ranked.subList(1, Math.min(ranked.size(), MAX_ALTERNATIVES + 1));
        return new LanguageGuess(best.language(), script, best.score(), others);
    }

    /**
     * Lingua 1.2 returns, per language, the ratio of the best log-likelihood to that language's (1 for the
     * winner). A ratio v means the language's log-likelihood is worse by a factor 1/v; a difference that
     * grows with the text's length. Score each language exp(-n * (1/v - 1)) for n letters and normalize:
     * a deliberately conservative posterior (a real per-letter log-likelihood is much larger than 1), so
     * word-length texts get middling confidence and sentences near 1.
     */
    static List<LanguageGuess.Alternative> calibrate(Map<Language, Double> relative, int letters) {
        List<LanguageGuess.Alternative> scored = new ArrayList<>();
        double sum = 0;
        double[] weights = new double[relative.size()];
        Language[] keys = relative.keySet().toArray(Language[]::new);
        for (int i = 0; i < keys.length; i++) {
            double v = relative.get(keys[i]);
            weights[i] = v <= 0 ? 0 : Math.exp(-letters * (1 / v - 1));
            sum += weights[i];
        }
        if (sum <= 0) {
            return List.of();
        }
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != Language.UNKNOWN && weights[i] > 0) {
                scored.add(new LanguageGuess.Alternative(code(keys[i]), weights[i] / sum));
            }
        }
        scored.sort(Comparator.comparingDouble(LanguageGuess.Alternative::score).reversed());
        return scored;
    }

    private static String code(Language language) {
        return language.getIsoCode639_1().name().toLowerCase(Locale.ROOT);
    }

    /** Letter statistics of the scanned part of a text and the sample of dominant-script words. */
    static final class ScriptProfile {
        final int script;
        final int letters;
        final String sample;
        final int sampleLetters;
        final int distinctSampleLetters;
        private final int[] perScript;
        private final Map<Integer, Integer> letterCounts;
        private final boolean kana;

        private ScriptProfile(int script, int letters, String sample, int sampleLetters, int distinct,
                int[] perScript, Map<Integer, Integer> letterCounts, boolean kana) {
            this.script = script;
            this.letters = letters;
            this.sample = sample;
            this.sampleLetters = sampleLetters;
            this.distinctSampleLetters = distinct;
            this.perScript = perScript;
            this.letterCounts = letterCounts;
            this.kana = kana;
        }

        /** ISO 15924 code of the dominant script (Jpan for Han mixed with kana). */
        String scriptCode() {
            if (isHanGroup(script)) {
                return kana ? "Jpan" : "Hani";
            }
            return UScript.getShortName(script);
        }

        int lettersOf(int scriptCode) {
            return perScript[scriptCode];
        }

        /** Occurrences, among the scanned dominant-script letters, of any of the given letters. */
        int count(String lettersToCount) {
            int n = 0;
            for (int i = 0; i < lettersToCount.length(); ) {
                int cp = lettersToCount.codePointAt(i);
                i += Character.charCount(cp);
                n += letterCounts.getOrDefault(cp, 0);
            }
            return n;
        }

        static boolean isHanGroup(int script) {
            return script == UScript.HAN || script == UScript.HIRAGANA || script == UScript.KATAKANA;
        }

        private static int scriptOf(int cp) {
            int s = UScript.getScript(cp);
            return isHanGroup(s) ? UScript.HAN : s;
        }

        static ScriptProfile of(CharSequence text, int scanChars, int sampleChars) {
            int limit = Math.min(text.length(), scanChars);
            int[] perScript = new int[UScript.CODE_LIMIT];
            boolean kana = false;
            for (int i = 0; i < limit; ) {
                int cp = Character.codePointAt(text, i);
                i += Character.charCount(cp);
                if (UCharacter.isLetter(cp)) {
                    int raw = UScript.getScript(cp);
                    kana |= raw == UScript.HIRAGANA || raw == UScript.KATAKANA;
                    int s = isHanGroup(raw) ? UScript.HAN : raw;
                    if (s >= 0 && s < perScript.length) {
                        perScript[s]++;
                    }
                }
            }
            int dominant = UScript.COMMON;
            int best = 0;
            for (int s = 0; s < perScript.length; s++) {
                if (perScript[s] > best && s != UScript.COMMON && s != UScript.INHERITED) {
                    best = perScript[s];
                    dominant = s;
                }
            }
            if (dominant == UScript.LATIN) {
                // Latin is the usual intruder in other scripts' news (acronyms, names, URLs, site boilerplate),
                // rarely the reverse: a second script with a substantial share of the letters is the text's own.
                int second = UScript.COMMON;
                for (int s = 0; s < perScript.length; s++) {
                    if (s != UScript.LATIN && s != UScript.COMMON && s != UScript.INHERITED
                            && perScript[s] > (second == UScript.COMMON ? 0 : perScript[second])) {
                        second = s;
                    }
                }
                if (second != UScript.COMMON && perScript[second] >= LATIN_YIELDS_TO_SHARE * best) {
                    dominant = second;
                    best = perScript[second];
                }
            }
            Map<Integer, Integer> letterCounts = new java.util.HashMap<>();
            StringBuilder sample = new StringBuilder(Math.min(limit, sampleChars) + 16);
            int sampleLetters = 0;
            java.util.BitSet distinct = new java.util.BitSet();
            // Words are runs of letters, marks and joiners; a word goes to the sample when most of its
            // letters are in the dominant script (so "COVID" in Persian text and "ایران" in English stay out).
            int i = 0;
            while (i < limit) {
                int cp = Character.codePointAt(text, i);
                if (!isWordChar(cp)) {
                    i += Character.charCount(cp);
                    continue;
                }
                int start = i;
                int inScript = 0;
                int others = 0;
                while (i < limit) {
                    cp = Character.codePointAt(text, i);
                    if (!isWordChar(cp)) {
                        break;
                    }
                    if (UCharacter.isLetter(cp)) {
                        if (scriptOf(cp) == dominant) {
                            inScript++;
                            letterCounts.merge(cp, 1, Integer::sum);
                        } else {
                            others++;
                        }
                    }
                    i += Character.charCount(cp);
                }
                if (inScript > others && sample.length() < sampleChars) {
                    int end = Math.min(i, start + sampleChars - sample.length());
                    for (int j = start; j < end; ) {
                        int c = Character.codePointAt(text, j);
                        j += Character.charCount(c);
                        if (UCharacter.isLetter(c)) {
                            sampleLetters++;
                            distinct.set(UCharacter.toLowerCase(c));
                        }
                    }
                    sample.append(text, start, end).append(' ');
                }
            }
            // NFKC turns Arabic presentation forms (old Persian and Arabic web text) into the letters models know.
            String sampleText = NFKC.isNormalized(sample) ? sample.toString() : NFKC.normalize(sample);
            return new ScriptProfile(dominant, best, sampleText, sampleLetters, distinct.cardinality(),
                    perScript, letterCounts, kana);
        }

        private static boolean isWordChar(int cp) {
            if (UCharacter.isLetter(cp)) {
                return true;
            }
            int type = UCharacter.getType(cp);
            // Apostrophes stay inside words: Uzbek oʻ gʻ ʼ are typed with any of ' ’ ‘ ` ʻ ʼ.
            return type == UCharacter.NON_SPACING_MARK || type == UCharacter.COMBINING_SPACING_MARK
                    || cp == 0x200C || cp == 0x200D || cp == '\'' || cp == 0x2019 || cp == 0x02BB || cp == 0x02BC
                    || cp == 0x2018 || cp == '`';
        }
    }
}
