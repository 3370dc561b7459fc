package org.newsgraph.analysis.entity.recognize;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.newsgraph.analysis.document.Analyzer;
import org.newsgraph.analysis.document.Document;
import org.newsgraph.analysis.document.EntityKind;
import org.newsgraph.analysis.document.Layer;
import org.newsgraph.analysis.document.Mention;
import org.newsgraph.analysis.document.Token;
import org.newsgraph.analysis.text.TextNormalizer;
import org.newsgraph.analysis.document.Provenance;

/**
 * Events and venues named after a place are one MISC mention (docs/entity-guidelines.md): [مسابقه‌های قهرمانی
 * جوانان آسیا], [جام ملت‌های آسیا], [ورزشگاه آزادی تهران], [موزه متروپولیتن نیویورک]. The place inside names the
 * event or the building, it is no mention of the place itself, so the resolver lets this span win over the
 * gazetteer's place inside it. Runs after the other recognizers: a head noun (competition, cup, festival,
 * exhibition, stadium, airport, museum, hall) opens the name, its complement runs up to a function word, verb or
 * punctuation, and a place in it closes it (the place is the name's last genitive). Without a place there is no
 * name (مسابقه‌های فوتبال is a common phrase). Conferences and summits are no heads here: their complement is a
 * topic that mentions the place as a place (همایش شناخت توانمندی‌های [شهرستان قوچان]). Languages whose
 * profile lists no event heads are left alone.
 */
public final class NamedEventRule implements Analyzer {
    public static final Provenance RECOGNIZER = Provenance.NAMED_EVENTS;
    private static final int MAX_COMPLEMENT = 6;
    private static final Pattern PUNCTUATION = Pattern.compile("[\\p{P}\\p{S}]+");

    private final LanguageProfiles profiles;

    public NamedEventRule(LanguageProfiles profiles) {
        this.profiles = profiles;
    }

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
        if (lexicon == null || lexicon.eventHeads.isEmpty()) {
            return;
        }
        List<List<String>> heads = lexicon.eventHeads;
        String text = document.text();
        List<Mention> found = new ArrayList<>();
        for (org.newsgraph.analysis.document.Sentence s : NerTokens.sentences(document)) {
            List<Token> sentence = s.tokens();
            List<String> keys = sentence.stream().map(NerTokens::key).toList();
            for (int i = 0; i < sentence.size(); i++) {
                int headEnd = headEndingAfter(keys, i, heads);
                if (headEnd == i) {
                    continue;
                }
                int end = headEnd - 1;
                boolean named = false;
                for (int j = headEnd; j < sentence.size() && j - headEnd < MAX_COMPLEMENT; j++) {
                    Token token = sentence.get(j);
                    String key = keys.get(j);
                    // the token layer may leave punctuation out: a name never runs across it
                    if (NameSpans.punctuationBefore(sentence, j, text) || PUNCTUATION.matcher(token.surface()).matches() || !Character.isLetter(token.surface().codePointAt(0))
                            || lexicon.breakers.contains(key) || lexicon.quoteVerbs.contains(key)
                            || lexicon.verbForm(key) || NameWords.verbal(token, key, keys, j, lexicon)
                            || lexicon.innerOnly.contains(key) || headEndingAfter(keys, j, heads) > j) {
                        break;
                    }
                    int placeEnd = NameSpans.placeEndingAt(sentence, j, document.mentions(), false);
                    if (placeEnd >= j) {
                        // the place belongs to the name whole and closes it: [جام ملت‌های آسیا], [ورزشگاه آزادی تهران]
                        named = true;
                        end = placeEnd;
                        break;
                    }
                    end = j;
                }
                if (named && end >= headEnd) {
                    int start = sentence.get(i).start();
                    int stop = sentence.get(end).end();
                    String surface = text.substring(start, stop);
                    found.add(new Mention(start, stop, surface, TextNormalizer.matchKey(surface), EntityKind.MISC, 0.7,
                            RECOGNIZER, null));
                    i = end;
                }
            }
        }
        document.mentions().addAll(found);
    }

    private static int headEndingAfter(List<String> keys, int i, List<List<String>> heads) {
        for (List<String> head : heads) {
            if (i + head.size() <= keys.size() && keys.subList(i, i + head.size()).equals(head)) {
                return i + head.size();
            }
        }
        return i;
    }


}
