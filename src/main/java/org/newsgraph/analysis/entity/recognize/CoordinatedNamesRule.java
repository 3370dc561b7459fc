package org.newsgraph.analysis.entity.recognize;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.newsgraph.analysis.document.Analyzer;
import org.newsgraph.analysis.document.Document;
import org.newsgraph.analysis.document.EntityKind;
import org.newsgraph.analysis.document.Layer;
import org.newsgraph.analysis.document.Mention;
import org.newsgraph.analysis.document.Token;
import org.newsgraph.analysis.text.TextNormalizer;
import org.newsgraph.analysis.document.Provenance;
import org.newsgraph.analysis.document.Recognizer;

/**
 * Names listed together are of one kind: in "[فاطمه بی‌باک] ، راحله احدپور ، [صدیقه بهانی] و دنا کفیلی" the
 * unrecognized items between and around the recognized persons are persons too. For scripts without letter case,
 * where a surname alone (احدپور) looks like any other word. A list is a run of items separated by commas and
 * "and" (، / و); it is taken when at least two of its items are exactly a PER mention and the others are one or
 * two words that could be a name (no function word, verb, title or organization head; a lone ordinary word
 * such as مردم is none, two may be: given names and surnames are often ordinary words, شبنم طلوعی). The list's first item may start after a function word or verb
 * (عبارتند از [فرحناز امیرشقاقی] ، ...), its last may end before one (... و [سهیلا رضوی] بازی می‌کنند). Items
 * another recognizer already covers with another kind end the list. Runs after the recognizers, before the
 * resolver.
 */
public final class CoordinatedNamesRule implements Analyzer {
    public static final Provenance RECOGNIZER = Provenance.COORDINATED_NAMES;
    private static final int MAX_ITEM_WORDS = 2;

    private final LanguageProfiles profiles;

    public CoordinatedNamesRule(LanguageProfiles profiles) {
        this.profiles = profiles;
    }

    /** A list item: tokens first..last, PER when a person mention covers exactly them, null kind when it could be a name. */
    private record Item(int first, int last, EntityKind kind) {}

    /**
     * One piece between separators: a whole item, or, when words that are no name part sit inside it, the name
     * that closes the list before them ({@code closing}) and the one that opens the next list after them
     * ({@code opening}); either may be null.
     */
    private record Piece(Item whole, Item closing, Item opening) {}

    @Override
    public Set<Layer> requires() {
        return EnumSet.of(Layer.TOKENS, Layer.LANGUAGE, Layer.MENTIONS);
    }

    @Override
    public Set<Layer> produces() {
        return EnumSet.of(Layer.MENTIONS);
    }

    @Override
    public void analyze(Document document) {
        String language = NerTokens.languageOf(document);
        LanguageProfile lexicon = profiles.of(language);
        if (lexicon == null || lexicon.cased || !lexicon.knowsOrdinaryWords()) {
            return;
        }
        String text = document.text();
        List<Mention> found = new ArrayList<>();
        for (org.newsgraph.analysis.document.Sentence s : NerTokens.sentences(document)) {
            List<Token> sentence = s.tokens();
            List<String> keys = sentence.stream().map(NerTokens::key).toList();
            List<Item> run = new ArrayList<>();
            for (Piece piece : pieces(sentence, keys, document.mentions(), lexicon, text)) {
                if (piece.whole() != null) {
                    run.add(piece.whole());
                    continue;
                }
                if (piece.closing() != null) {
                    run.add(piece.closing());
                }
                addList(run, sentence, text, found);
                run = new ArrayList<>();
                if (piece.opening() != null) {
                    run.add(piece.opening());
                }
            }
            addList(run, sentence, text, found);
        }
        document.mentions().addAll(found);
    }

    /** The sentence cut at commas and "and" (، , و); the token layer may leave the commas out, so gaps count too. */
    private static List<Piece> pieces(List<Token> sentence, List<String> keys, List<Mention> mentions,
                                      LanguageProfile lexicon, String text) {
        List<Piece> pieces = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= sentence.size(); i++) {
            boolean commaBefore = i > 0 && i < sentence.size() && comma(text.substring(sentence.get(i - 1).end(), sentence.get(i).start()));
            boolean separator = i < sentence.size() && (comma(sentence.get(i).surface()) || "و".equals(keys.get(i)));
            if (i < sentence.size() && !commaBefore && !separator) {
                continue;
            }
            if (start < i) {
                pieces.add(piece(sentence, keys, start, i - 1, mentions, lexicon));
            } else if (i > 0) {
                pieces.add(new Piece(null, null, null)); // two separators in a row
            }
            start = separator ? i + 1 : i;
        }
        return pieces;
    }

    private static boolean comma(String s) {
        String t = s.strip();
        return "،".equals(t) || ",".equals(t);
    }

    private static Piece piece(List<Token> sentence, List<String> keys, int first, int last, List<Mention> mentions,
                               LanguageProfile lexicon) {
        int start = sentence.get(first).start();
        int end = sentence.get(last).end();
        Item closingPerson = null;
        Item openingPerson = null;
        for (Mention m : mentions) {
            boolean model = m.foundBy(Recognizer.NAME_FINDER);
            if (m.start() >= end || start >= m.end() || model && m.kind() != EntityKind.PER) {
                continue; // the model's places and bodies in a list of names are mostly wrong: no say here
            }
            if (m.kind() != EntityKind.PER || m.start() < start || m.end() > end) {
                return new Piece(null, null, null); // another kind of name, or one running past the separator
            }
            if (m.start() == start && m.end() == end) {
                return new Piece(new Item(first, last, EntityKind.PER), null, null);
            }
            // a person after the list's introduction (عبارتند از [فرحناز امیرشقاقی]) or before the clause goes on
            if (m.end() == end) {
                openingPerson = new Item(indexAt(sentence, m.start()), last, EntityKind.PER);
            } else if (m.start() == start) {
                closingPerson = new Item(first, indexAt(sentence, m.end() - 1), EntityKind.PER);
            } else {
                return new Piece(null, null, null); // a person in the middle of a longer piece: no list item
            }
        }
        if (openingPerson != null || closingPerson != null) {
            return new Piece(null, closingPerson, openingPerson);
        }
        int leading = 0;
        while (first + leading <= last && possibleName(sentence, keys, first + leading, lexicon)) {
            leading++;
        }
        int size = last - first + 1;
        if (leading == size) {
            return new Piece(candidate(keys, first, last, lexicon), null, null);
        }
        int trailing = 0;
        while (last - trailing >= first && possibleName(sentence, keys, last - trailing, lexicon)) {
            trailing++;
        }
        Item closing = leading >= 1 && leading <= MAX_ITEM_WORDS ? candidate(keys, first, first + leading - 1, lexicon) : null;
        Item opening = trailing >= 1 && trailing <= MAX_ITEM_WORDS ? candidate(keys, last - trailing + 1, last, lexicon) : null;
        return new Piece(null, closing, opening);
    }

    private static int indexAt(List<Token> sentence, int offset) {
        for (int i = 0; i < sentence.size(); i++) {
            if (sentence.get(i).start() <= offset && offset < sentence.get(i).end()) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Words first..last as a possible name: one word that is no ordinary word, or two words (given name and
     * surname are often ordinary words too: شبنم طلوعی). A lone ordinary word (مردم) is no name.
     */
    private static Item candidate(List<String> keys, int first, int last, LanguageProfile lexicon) {
        int size = last - first + 1;
        if (size > MAX_ITEM_WORDS || size == 1 && lexicon.commonWord(keys.get(first))) {
            return null;
        }
        return new Item(first, last, null);
    }

    /** Could token j be part of a name: not punctuation, a function word, verb, title or organization head. */
    private static boolean possibleName(List<Token> sentence, List<String> keys, int j, LanguageProfile lexicon) {
        return j >= 0 && j < sentence.size() && NameWords.surnameLike(sentence.get(j), keys.get(j), keys, j, lexicon);
    }

    private static void addList(List<Item> run, List<Token> sentence, String text, List<Mention> found) {
        long persons = run.stream().filter(item -> item.kind() == EntityKind.PER).count();
        if (persons < 2) {
            return;
        }
        for (Item item : run) {
            if (item.kind() == null) {
                int start = sentence.get(item.first()).start();
                int end = sentence.get(item.last()).end();
                String surface = text.substring(start, end);
                found.add(new Mention(start, end, surface, TextNormalizer.matchKey(surface), EntityKind.PER, 0.6,
                        RECOGNIZER, null));
            }
        }
    }

}
