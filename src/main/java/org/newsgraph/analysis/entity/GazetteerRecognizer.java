package org.newsgraph.analysis.entity;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterCategory;

import org.newsgraph.analysis.document.Analyzer;
import org.newsgraph.analysis.document.Document;
import org.newsgraph.analysis.document.Layer;
import org.newsgraph.analysis.document.Mention;
import org.newsgraph.analysis.document.Token;
import org.newsgraph.analysis.text.Scripts;
import org.newsgraph.analysis.text.TextNormalizer;
import org.newsgraph.analysis.document.Provenance;

/**
 * Finds knowledge-base aliases in the text, longest match first, over the document's word tokens.
 *
 * <p>Tolerances, all of them general morphology, none of them per name:
 * <ul>
 * <li>Persian ZWNJ, space or nothing between the words of an Arabic-script name (compact index);</li>
 * <li>Persian suffixes attached to the last word (ها، های، ی، ای، را) in Persian text;</li>
 * <li>Arabic clitic prefixes on the first word (و ب ل ال بال وال لل ف ك and their combinations) in
 *     Arabic text;</li>
 * <li>Azerbaijani / Turkish case suffixes after the name (Bakıda, Əliyevin, Azərbaycanın, Uqanda-ya,
 *     Türkiye'nin).</li>
 * </ul>
 * Span convention: a mention covers the name only. A clitic conjunction or preposition is left out, the
 * article ال stays in when the alias has it ("والأمم المتحدة" -> "الأمم المتحدة"); a suffix, with its
 * apostrophe or hyphen, is left out ("Türkiye'nin" -> "Türkiye", "Bakıda" -> "Bakı"). A mention found
 * through a suffix or clitic gets a lower confidence than an exact one.
 */
public final class GazetteerRecognizer implements Analyzer {
    public static final Provenance NAME = Provenance.GAZETTEER;

    private static final int MIN_STEM = 3;

    private final KnowledgeBase kb;
    private final GazetteerInflections inflections = GazetteerInflections.fromResource();

    public GazetteerRecognizer(KnowledgeBase kb) {
        this.kb = kb;
    }

    /** The tokens this recognizer uses when the document has no token layer (ICU word breaks, matchKey keys). */
    public static List<Token> fallbackTokens(String text) {
        return GazetteerTokens.tokenize(text);
    }

    @Override
    public Set<Layer> requires() {
        return EnumSet.of(Layer.TOKENS, Layer.LANGUAGE);
    }

    @Override
    public Set<Layer> produces() {
        return EnumSet.of(Layer.MENTIONS);
    }

    @Override
    public void analyze(Document document) {
        String text = document.text();
        List<Token> words = splitHyphenated(GazetteerTokens.words(document));
        String language = GazetteerLanguage.of(document);
        GazetteerInflections.Forms forms = inflections.of(language);
        List<Mention> found = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            Match best = longestAt(text, words, i, forms, language);
            if (best == null) {
                i++;
                continue;
            }
            found.add(best.toMention(text));
            i = best.lastToken + 1;
        }
        document.mentions().addAll(found);
    }

    private Match longestAt(String text, List<Token> words, int i, GazetteerInflections.Forms forms,
                            String language) {
        Token first = words.get(i);
        boolean arabicScript = Scripts.startsArabic(first.surface());
        List<FirstVariant> firsts = new ArrayList<>(4);
        firsts.add(new FirstVariant(first.key(), null, false));
        if (arabicScript && !forms.proclitics().isEmpty()) {
            addCliticVariants(first, forms.proclitics(), firsts);
        }
        Match best = null;
        for (FirstVariant fv : firsts) {
            StringBuilder seq = new StringBuilder(fv.key);
            StringBuilder compact = new StringBuilder(fv.key);
            for (int j = i; j < words.size() && j - i < kb.maxTokens() + 2; j++) {
                Token last = words.get(j);
                if (j > i) {
                    if (!GazetteerTokens.joinableGap(text, words.get(j - 1).end(), last.start())) {
                        break;
                    }
                    seq.append(' ').append(last.key());
                    compact.append(last.key());
                }
                String before = j == i ? "" : seq.substring(0, seq.length() - last.key().length());
                String lastKey = j == i ? fv.key : last.key();
                boolean lastArabic = Scripts.startsArabic(last.surface());
                Match m = tryKey(text, words, i, j, fv, seq.toString(), compact.toString(), lastArabic, 0, null,
                        language);
                if (m == null) {
                    for (String stem : stems(lastKey, forms, lastArabic)) {
                        String stemmedSeq = before + stem;
                        String stemmedCompact = compact.substring(0, compact.length() - lastKey.length()) + stem;
                        int cut = lastKey.length() - stem.length();
                        m = tryKey(text, words, i, j, fv, stemmedSeq, stemmedCompact, lastArabic, cut,
                                last.key().substring(0, last.key().length() - cut), language);
                        if (m != null) {
                            break;
                        }
                    }
                }
                if (m != null && (best == null || m.lastToken > best.lastToken
                        || (m.lastToken == best.lastToken && m.modified < best.modified))) {
                    best = m;
                }
                String s = seq.toString();
                boolean alive = kb.isPrefix(s) || (lastArabic && kb.isCompactPrefix(compact.toString()));
                if (!alive) {
                    break;
                }
            }
        }
        return best;
    }

    private Match tryKey(String text, List<Token> words, int i, int j, FirstVariant fv, String seq, String compact,
                         boolean arabicScript, int suffixCut, String lastStemKey, String language) {
        List<KnowledgeBase.Posting> postings = kb.postings(seq);
        if (postings == null && arabicScript && compactJoinable(words, i, j)) {
            postings = kb.compactPostings(compact);
        }
        if (postings == null) {
            return null;
        }
        Token first = words.get(i);
        Token last = words.get(j);
        int offset = fv.startOffset(first.surface());
        if (offset < 0) {
            return null;
        }
        int start = first.start() + offset;
        int end = last.end();
        if (lastStemKey != null) {
            int len = originalLength(last.surface(), lastStemKey);
            if (len <= 0) {
                return null;
            }
            end = last.start() + len;
        }
        if (end <= start) {
            return null;
        }
        String surface = text.substring(start, end);
        for (KnowledgeBase.Posting p : postings) {
            if (p.alias().fromCldr() && !"und".equals(language) && !language.equals(p.language())) {
                // CLDR names every place in ~300 languages; in a text of known language only its own names
                // count, else Urdu or Pashto city names fire on Persian words (قابل, ...)
                continue;
            }
            if (fv.clitic != null && !language.equals(p.language())) {
                // an attached clitic is stripped by this language's morphology: only its own names may follow it
                // (Arabic كتبت is no ك + Persian تبت "Tibet", ورقة no و + Persian رقه "Raqqa")
                continue;
            }
            if (p.abbreviation() && !isAllCaps(surface)) {
                continue;
            }
            if (p.capitalized() && !GazetteerTokens.startsUpperCase(surface)) {
                continue;
            }
            if (j == i && suffixCut > 0 && kb.isStopword(TextNormalizer.matchKey(surface))) {
                continue;
            }
            int modified = (fv.clitic != null ? 1 : 0) + (suffixCut > 0 ? 1 : 0);
            boolean ambiguous = postings.stream().map(KnowledgeBase.Posting::entity).distinct().count() > 1;
            return new Match(start, end, j, p.entity(), modified, ambiguous, seq);
        }
        return null;
    }

    /**
     * Words glued without their space ("عدمتعهد") are matched against the compact index, but a stop word
     * or a one-letter word may not take part ("و یک" is not Wake Island's "ویک").
     */
    private boolean compactJoinable(List<Token> words, int i, int j) {
        if (i == j) {
            return true;
        }
        for (int k = i; k <= j; k++) {
            String key = words.get(k).key();
            if (key.codePointCount(0, key.length()) < 2 || kb.isStopword(key)) {
                return false;
            }
        }
        return true;
    }

    private static void addCliticVariants(Token token, List<String> proclitics, List<FirstVariant> out) {
        String key = token.key();
        for (String clitic : proclitics) {
            if (!key.startsWith(clitic) || key.length() - clitic.length() < MIN_STEM - 1) {
                continue;
            }
            String rest = key.substring(clitic.length());
            if (clitic.length() > 2 && (clitic.endsWith("ال") || clitic.endsWith("لل"))) {
                // keep the article in the span: "بالأمم" -> "الأمم", "للأمم" -> "لأمم" read as "الأمم"
                out.add(new FirstVariant("ال" + rest, clitic, true));
            } else if (clitic.equals("لل")) {
                out.add(new FirstVariant("ال" + rest, clitic, true));
            }
            if (rest.length() >= MIN_STEM) {
                out.add(new FirstVariant(rest, clitic, false));
            }
        }
    }

    /** Stems of the last word: before an apostrophe, then minus one known suffix. */
    private static List<String> stems(String key, GazetteerInflections.Forms forms, boolean arabicScript) {
        List<String> out = new ArrayList<>(2);
        int apostrophe = Math.max(key.indexOf('\''), key.indexOf('\u2019'));
        if (apostrophe >= MIN_STEM) {
            out.add(key.substring(0, apostrophe));
        }
        for (String suffix : forms.suffixes(arabicScript)) {
            if (key.endsWith(suffix) && key.length() - suffix.length() >= MIN_STEM) {
                String stem = key.substring(0, key.length() - suffix.length());
                if (forms.afterVowelOnly().contains(suffix) && !endsInLongVowel(stem)) {
                    // after a consonant ی is the adjective ending (ایرانی = Iranian), not the ezafe of the name;
                    // the ezafe is written only after a vowel (باکوی، اروپای)
                    continue;
                }
                out.add(stem);
            }
        }
        return out;
    }

    private static boolean endsInLongVowel(String stem) {
        char last = stem.charAt(stem.length() - 1);
        return last == 'ا' || last == 'و';
    }

    /** The shortest prefix of the surface whose match key is {@code keyPrefix}, or -1. */
    static int originalLength(String surface, String keyPrefix) {
        for (int q = 1; q <= surface.length(); q++) {
            if (Character.isLowSurrogate(surface.charAt(q - 1)) && q < surface.length()) {
                continue;
            }
            String k = TextNormalizer.matchKey(surface.substring(0, q));
            if (k.equals(keyPrefix)) {
                return q;
            }
            if (k.length() > keyPrefix.length() + 1) {
                return -1;
            }
        }
        return -1;
    }

    private static int skipMarks(String surface, int at) {
        while (at < surface.length()) {
            char c = surface.charAt(at);
            int type = UCharacter.getType(c);
            if (type == UCharacterCategory.NON_SPACING_MARK || c == '\u0640' || c == '\u200C' || c == '\u200D') {
                at++;
            } else {
                break;
            }
        }
        return at;
    }

    private static boolean isAllCaps(String surface) {
        String letters = surface.replaceAll("[^\\p{L}]", "");
        return !letters.isEmpty() && letters.equals(UCharacter.toUpperCase(letters));
    }

    /** Tokenizers differ on "Amir-Abdollahian" / "Uqanda-ya": split such tokens like ICU does, offsets kept. */
    private static List<Token> splitHyphenated(List<Token> words) {
        List<Token> out = new ArrayList<>(words.size());
        for (Token t : words) {
            if (t.surface().indexOf('-') < 0 && t.surface().indexOf('\u2010') < 0 && t.surface().indexOf('/') < 0) {
                out.add(t);
                continue;
            }
            for (Token part : GazetteerTokens.tokenize(t.surface())) {
                out.add(new Token(t.start() + part.start(), t.start() + part.end(), part.surface(), part.key()));
            }
        }
        return out;
    }

    /**
     * The first word as looked up: whole ({@code clitic == null}) or without a clitic; with
     * {@code keepsArticle} the lookup key re-adds ال and the span keeps the clitic's article letters.
     */
    private record FirstVariant(String key, String clitic, boolean keepsArticle) {
        /** Chars of the original word before the name starts, or -1; computed only for a hit. */
        int startOffset(String surface) {
            if (clitic == null) {
                return 0;
            }
            String dropped = keepsArticle
                    ? clitic.substring(0, clitic.length() - (clitic.endsWith("ال") ? 2 : 1))
                    : clitic;
            if (dropped.isEmpty()) {
                return 0;
            }
            int length = originalLength(surface, dropped);
            return length <= 0 ? -1 : skipMarks(surface, length);
        }
    }

    /** {@code key}: the token keys the name was found under, i.e. its folded form. */
    private record Match(int start, int end, int lastToken, KnowledgeBase.Entity entity, int modified,
                         boolean ambiguous, String key) {
        Mention toMention(String text) {
            String surface = text.substring(start, end);
            double confidence = entity.curated() ? 0.9 : 0.8;
            confidence -= 0.1 * modified;
            if (ambiguous) {
                confidence -= 0.1;
            }
            return new Mention(start, end, surface, key, entity.kind(), confidence, NAME,
                    entity.id());
        }
    }
}
