package org.newsgraph.analysis.entity.recognize;

import java.util.List;
import java.util.Set;

import org.newsgraph.analysis.document.EntityKind;
import org.newsgraph.analysis.document.Layer;
import org.newsgraph.analysis.document.Mention;

/**
 * A place-type noun names the place after it even when the knowledge base does not know it: [شهرستان رامشیر],
 * [روستای کلاته], [دشت ارژن] (docs/entity-guidelines.md). In a language whose ordinary words the profile lists, a
 * place-type noun followed by one word that could be a name (no ordinary or function word, verb or head) and by
 * nothing that continues a name is a place, with a compass adjective after it ([بخش کوهپایه شرقی]). Known places
 * are left to the knowledge base and {@link PlaceWideningRule}; so is a word another recognizer already took. Running
 * prose only: in a fragment (a title, a list item) the model's names stand as found.
 */
public final class PlaceHeadNameRule extends NewsRule {
    private static final double CONFIDENCE = 0.6;

    public PlaceHeadNameRule(LanguageProfiles profiles) {
        super(profiles);
    }

    @Override
    public Set<Layer> requires() {
        return AFTER_MODEL_FILTER;
    }

    @Override
    boolean appliesTo(LanguageProfile profile) {
        return !profile.placeHeads.isEmpty() && profile.knowsOrdinaryWords();
    }

    @Override
    void apply(Sentence s, List<Mention> others, List<Mention> found) {
        if (!s.prose()) {
            return; // a fragment (title, list item) keeps the model's names as found
        }
        LanguageProfile p = s.profile();
        for (int i = 0; i + 1 < s.size(); i++) {
            int name = i + 1;
            if (!p.placeHeads.contains(s.key(i)) || i > 0 && p.determiners.contains(s.key(i - 1))
                    || NameSpans.punctuationBefore(s.tokens(), name, s.text())
                    || !NameWords.nameLike(s.token(name), s.key(name), s.keys(), name, p)
                    || p.placeHeads.contains(s.key(name)) || NameWords.verbal(s.token(name), s.key(name), s.keys(), name, p)) {
                continue;
            }
            int last = name + 1 < s.size() && p.placeTails.contains(s.key(name + 1)) ? name + 1 : name;
            boolean nameGoesOn = last == name && last + 1 < s.size()
                    && !NameSpans.punctuationBefore(s.tokens(), last + 1, s.text())
                    && NameWords.nameLike(s.token(last + 1), s.key(last + 1), s.keys(), last + 1, p);
            if (nameGoesOn || NameSpans.overlapsAny(s.token(i).start(), s.token(last).end(), others, found)) {
                continue;
            }
            found.add(s.mention(i, last, EntityKind.LOC, CONFIDENCE));
            i = last;
        }
    }
}
