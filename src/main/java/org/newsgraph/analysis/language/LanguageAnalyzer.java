package org.newsgraph.analysis.language;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

import org.newsgraph.analysis.document.Analyzer;
import org.newsgraph.analysis.document.Document;
import org.newsgraph.analysis.document.LanguageGuess;
import org.newsgraph.analysis.document.Layer;
import org.newsgraph.analysis.document.Segment;

/**
 * Sets the document's language and splits it into language segments.
 *
 * <p>The document language is the declared one when given (confidence 1, script detected), else the
 * detector's guess on the whole text. Segments are runs of paragraphs (lines): each paragraph with enough
 * letters is detected on its own; consecutive paragraphs of one language merge. A paragraph that mixes
 * scripts substantially (an English quote inside an Arabic paragraph) is split into sentences first. Short
 * paragraphs (titles, bylines, captions) join the segment before them (or after, at the start) rather
 * than being guessed from a few words. Offsets point into the original text.
 */
public final class LanguageAnalyzer implements Analyzer {
    /** Letters a paragraph needs to be detected on its own. */
    static final int MIN_UNIT_LETTERS = 40;
    /** Letters of a second script that make a paragraph split into sentences, and their minimum share. */
    static final int MIN_SECOND_SCRIPT_LETTERS = 30;
    static final double MIN_SECOND_SCRIPT_SHARE = 0.15;
    /** Bounds the work on huge texts: paragraphs past these are not detected but inherit. */
    static final int MAX_DETECTED_UNITS = 300;
    static final int MAX_SENTENCE_SPLIT_CHARS = 20_000;

    private static final BreakIterator SENTENCES = BreakIterator.getSentenceInstance(ULocale.ROOT);

    private final LanguageDetector detector;

    public LanguageAnalyzer() {
        this(LanguageDetector.standard());
    }

    public LanguageAnalyzer(LanguageDetector detector) {
        this.detector = detector;
    }

    @Override
    public Set<Layer> requires() {
        return EnumSet.noneOf(Layer.class);
    }

    @Override
    public Set<Layer> produces() {
        return EnumSet.of(Layer.LANGUAGE);
    }

    @Override
    public void analyze(Document document) {
        String text = document.text();
        LanguageGuess documentLanguage = documentLanguage(document);
        document.setLanguage(documentLanguage);
        document.segments().addAll(segments(text, documentLanguage));
    }

    private LanguageGuess documentLanguage(Document document) {
        String declared = document.declaredLanguage();
        if (declared != null) {
            String tag = ULocale.forLanguageTag(declared.strip()).toLanguageTag();
            if (!tag.isEmpty() && !tag.equals(LanguageGuess.UNDETERMINED_CODE)) {
                return new LanguageGuess(tag,
                        LanguageDetector.dominantScript(document.text()), 1.0, List.of());
            }
        }
        return detector.detect(document.text());
    }

    /** A paragraph or sentence with its guess (null when too short to detect). */
    private record Unit(int start, int end, int letters, LanguageGuess guess) {}

    List<Segment> segments(String text, LanguageGuess documentLanguage) {
        List<Unit> units = new ArrayList<>();
        int[] detected = {0};
        forEachParagraph(text, (start, end) -> {
            LetterCounts counts = LetterCounts.of(text, start, end);
            if (counts.total == 0) {
                return; // digits, punctuation or symbols only: no language of its own
            }
            if (counts.secondScript >= MIN_SECOND_SCRIPT_LETTERS
                    && counts.secondScript >= MIN_SECOND_SCRIPT_SHARE * counts.total
                    && end - start <= MAX_SENTENCE_SPLIT_CHARS) {
                BreakIterator sentences = (BreakIterator) SENTENCES.clone();
                sentences.setText(text.substring(start, end));
                int s = sentences.first();
                for (int e = sentences.next(); e != BreakIterator.DONE; s = e, e = sentences.next()) {
                    addUnit(units, text, start + s, start + e, detected);
                }
            } else {
                addUnit(units, text, start, end, detected);
            }
        });
        return merge(units, documentLanguage);
    }

    private void addUnit(List<Unit> units, String text, int start, int end, int[] detected) {
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        int letters = LetterCounts.of(text, start, end).total;
        if (letters == 0) {
            return;
        }
        LanguageGuess guess = null;
        if (letters >= MIN_UNIT_LETTERS && detected[0] < MAX_DETECTED_UNITS) {
            detected[0]++;
            guess = detector.detect(text.substring(start, end));
        }
        units.add(new Unit(start, end, letters, guess));
    }

    /** Gives short units the language of their neighbour and merges runs of one language. */
    private static List<Segment> merge(List<Unit> units, LanguageGuess documentLanguage) {
        List<Segment> segments = new ArrayList<>();
        LanguageGuess fallback = firstGuess(units, documentLanguage);
        int runStart = -1;
        int runEnd = -1;
        LanguageGuess runGuess = null;
        double weightedConfidence = 0;
        int runLetters = 0;
        for (Unit unit : units) {
            LanguageGuess guess = unit.guess() != null ? persianVariety(unit.guess(), documentLanguage)
                    : runGuess != null ? runGuess : fallback;
            boolean sameRun = runGuess != null && guess.language().equals(runGuess.language())
                    && java.util.Objects.equals(guess.script(), runGuess.script());
            if (!sameRun) {
                if (runGuess != null) {
                    segments.add(segment(runStart, runEnd, runGuess, weightedConfidence / runLetters));
                }
                runStart = unit.start();
                runGuess = guess;
                weightedConfidence = 0;
                runLetters = 0;
            }
            runEnd = unit.end();
            weightedConfidence += guess.confidence() * unit.letters();
            runLetters += unit.letters();
        }
        if (runGuess != null) {
            segments.add(segment(runStart, runEnd, runGuess, weightedConfidence / runLetters));
        }
        return segments;
    }

    /**
     * A Persian paragraph takes the document's variety (Dari or Iranian): a paragraph rarely has the few
     * Afghan or Iranian words that tell them apart, a whole article usually has.
     */
    private static LanguageGuess persianVariety(LanguageGuess guess, LanguageGuess documentLanguage) {
        boolean persian = guess.language().equals("fa") || guess.language().equals("prs");
        String variety = documentLanguage.language();
        if (persian && (variety.equals("fa") || variety.equals("prs")) && !variety.equals(guess.language())) {
            return new LanguageGuess(variety, guess.script(), guess.confidence(), guess.alternatives());
        }
        return guess;
    }

    /** What short leading units inherit: the first detected unit's guess, else the document's. */
    private static LanguageGuess firstGuess(List<Unit> units, LanguageGuess documentLanguage) {
        for (Unit unit : units) {
            if (unit.guess() != null) {
                return persianVariety(unit.guess(), documentLanguage);
            }
        }
        return documentLanguage;
    }

    private static Segment segment(int start, int end, LanguageGuess guess, double confidence) {
        return new Segment(start, end, guess.language(), guess.script(), confidence);
    }

    @FunctionalInterface
    private interface RangeConsumer {
        void accept(int start, int end);
    }

    /** Paragraphs are lines: runs of characters between line breaks, blank lines skipped. */
    private static void forEachParagraph(String text, RangeConsumer consumer) {
        int length = text.length();
        int start = 0;
        for (int i = 0; i <= length; i++) {
            if (i == length || isLineBreak(text.charAt(i))) {
                if (i > start) {
                    consumer.accept(start, i);
                }
                start = i + 1;
            }
        }
    }

    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085';
    }

    /** Letters of a range: all, and those outside its most frequent script. */
    private record LetterCounts(int total, int secondScript) {
        static LetterCounts of(String text, int start, int end) {
            int total = 0;
            int[] perScript = null;
            int firstScript = -1;
            int firstCount = 0;
            for (int i = start; i < end; ) {
                int cp = text.codePointAt(i);
                i += Character.charCount(cp);
                if (!UCharacter.isLetter(cp)) {
                    continue;
                }
                total++;
                int script = UScript.getScript(cp);
                if (LanguageDetector.ScriptProfile.isHanGroup(script)) {
                    script = UScript.HAN; // Japanese mixes Han and kana in every sentence
                }
                if (firstScript < 0 || script == firstScript) {
                    firstScript = script;
                    firstCount++;
                } else {
                    if (perScript == null) {
                        perScript = new int[UScript.CODE_LIMIT];
                    }
                    perScript[script]++;
                }
            }
            if (perScript == null) {
                return new LetterCounts(total, 0);
            }
            perScript[firstScript] = firstCount;
            int max = 0;
            for (int count : perScript) {
                max = Math.max(max, count);
            }
            return new LetterCounts(total, total - max);
        }
    }
}
