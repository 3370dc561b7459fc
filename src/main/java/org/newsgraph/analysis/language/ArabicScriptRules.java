package org.newsgraph.analysis.language;

import java.util.List;
import java.util.Set;

import org.newsgraph.analysis.document.LanguageGuess;
import org.newsgraph.analysis.text.TextNormalizer;

/**
 * Letter and word rules for Arabic-script languages Lingua 1.2.2 lacks. Each has letters Persian, Arabic
 * and Urdu never use, so a text where they are frequent is not Persian or Arabic, whatever n-grams say.
 */
final class ArabicScriptRules {
    private ArabicScriptRules() {}

    /**
     * @param letters letters of the language that other Arabic-script languages of the set rarely use
     * @param unique  the subset no other language of this list uses; at least one must occur
     */
    private record LetterRule(String code, String letters, String unique) {}

    private static final List<LetterRule> RULES = List.of(
            new LetterRule("ps", "ټډړږښګڼۍځڅې", "ټډړږښګڼۍځڅ"),
            new LetterRule("ckb", "ێڵڕۆە", "ێڵڕ"),
            new LetterRule("ug", "ۇۈۋېۆە", "ۇۈۋ"),
            new LetterRule("sd", "ٻڀٺٽٿڃڄڇڊڍڌڏڙڻڦڳڱڪ", "ٻڀٺٽٿڃڄڇڊڍڌڏڙڻڦڳڱڪ"));

    /** Minimum share of the Arabic-script letters that the language's letters must reach. */
    private static final double MIN_DENSITY = 0.02;

    /**
     * The guess when distinctive letters decide, else null (Lingua decides). A language the detector is
     * not configured for comes back as "und" with that language as the only alternative, never as
     * Persian or Arabic.
     */
    static LanguageGuess detect(LanguageDetector.ScriptProfile profile, String script, Set<String> languages) {
        LetterRule best = null;
        int bestCount = 0;
        for (LetterRule rule : RULES) {
            int count = profile.count(rule.letters());
            if (count > bestCount && profile.count(rule.unique()) > 0) {
                best = rule;
                bestCount = count;
            }
        }
        if (best == null) {
            return null;
        }
        double density = (double) bestCount / profile.letters;
        // One letter decides only in a short text (a title); in a long one it is a foreign name.
        boolean decisive = bestCount >= 2 ? density >= MIN_DENSITY : density >= 2 * MIN_DENSITY && profile.letters <= 40;
        if (!decisive) {
            return null;
        }
        double confidence = Math.min(0.95, 0.6 + 4 * density);
        if (languages.contains(best.code())) {
            return new LanguageGuess(best.code(), script, confidence, List.of());
        }
        return new LanguageGuess(LanguageGuess.UNDETERMINED_CODE, script, 0.0,
                List.of(new LanguageGuess.Alternative(best.code(), confidence)));
    }

    /**
     * Words of Afghan usage with different Iranian counterparts: administration, education, loans, and the
     * written forms "استند" (Iranian هستند), contractions درین/ازین.
     */
    private static final Set<String> DARI_WORDS = folded(
            "ولسوالی", "ولسوالی‌ها", "شاروالی", "پوهنتون", "پوهنځی", "ولسی", "مشرانو", "موتر", "سرک", "چوکی",
            "تشناب", "بایسکل", "داکتر", "انجنیر", "قومندان", "قوماندانی", "څارنوالی", "کمیشن", "شفاخانه", "استند",
            "استیم", "درین", "ازین");
    /** Afghan solar month names and the Western ones as spelled in Afghanistan: counted after a day number. */
    private static final Set<String> DARI_MONTHS = folded(
            "حمل", "ثور", "جوزا", "سرطان", "اسد", "سنبله", "عقرب", "قوس", "جدی", "دلو", "حوت", "جنوری", "فبروری",
            "مارچ", "اپریل", "جون", "اگست", "سپتمبر", "اکتوبر", "نومبر", "دسمبر");
    /** Iranian counterparts of the Afghan words, and Iranian month names (unambiguous ones). */
    private static final Set<String> IRANIAN_WORDS = folded(
            "استان", "استان‌ها", "استاندار", "استانداری", "شهرستان", "شهرداری", "دانشگاه", "خودرو", "ماشین",
            "دکتر", "مهندس", "فرمانده", "کمیسیون", "بیمارستان", "مدرسه", "هستند", "فروردین", "اردیبهشت", "خرداد",
            "مرداد", "شهریور", "آبان", "اسفند", "ژانویه", "فوریه", "مارس", "آوریل", "ژوئن", "ژوئیه",
            "سپتامبر", "اکتبر", "نوامبر", "دسامبر");
    /** Words of the text inspected for Dari evidence. */
    private static final int DARI_SCAN_CHARS = 6000;

    private static Set<String> folded(String... words) {
        java.util.HashSet<String> set = new java.util.HashSet<>();
        for (String w : words) {
            set.add(TextNormalizer.matchKey(w));
        }
        return Set.copyOf(set);
    }

    /**
     * Refines a Persian guess on the original text (numbers included, for dates): Dari when Afghan words
     * clearly outnumber Iranian ones, Persian with lowered confidence when the evidence is thin, unchanged
     * otherwise.
     */
    static LanguageGuess dariOrPersian(CharSequence text, LanguageGuess persian, boolean persianConfigured) {
        String head = text.subSequence(0, Math.min(text.length(), DARI_SCAN_CHARS)).toString();
        String[] words = head.split("[\\s\\p{P}\\p{S}]+");
        int dari = 0;
        int iranian = 0;
        boolean previousIsNumber = false;
        for (String word : words) {
            String key = TextNormalizer.matchKey(word);
            if (DARI_WORDS.contains(key) || (previousIsNumber && DARI_MONTHS.contains(key))) {
                dari++;
            } else if (IRANIAN_WORDS.contains(key)) {
                iranian++;
            }
            previousIsNumber = !key.isEmpty() && key.chars().allMatch(c -> c >= '0' && c <= '9');
        }
        if (dari >= 2 && dari >= 2 * iranian) {
            double confidence = Math.min(0.9, 0.5 + 0.1 * (dari - iranian)) * persian.confidence();
            return new LanguageGuess("prs", persian.script(), confidence,
                    List.of(new LanguageGuess.Alternative("fa", 1 - confidence)));
        }
        if (!persianConfigured) {
            return new LanguageGuess(LanguageGuess.UNDETERMINED_CODE, persian.script(), 0.0,
                    List.of(new LanguageGuess.Alternative("fa", persian.confidence())));
        }
        if (dari >= 1 && dari > iranian) {
            double confidence = Math.min(persian.confidence(), 0.5);
            return new LanguageGuess("fa", persian.script(), confidence,
                    List.of(new LanguageGuess.Alternative("prs", 0.4)));
        }
        return persian;
    }
}
