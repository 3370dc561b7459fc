package org.newsgraph.analysis.entity.recognize;

import java.util.List;
import java.util.Set;

import org.newsgraph.analysis.document.Layer;
import org.newsgraph.analysis.document.Mention;
import org.newsgraph.analysis.document.Recognizer;

/**
 * By our convention a nationality adjective is no entity, whoever proposed it: where the profile asks for it,
 * one-word mentions of the knowledge base that are nationality adjectives in their sentence (العربية, التركية
 * after a definite noun: aliases of organizations and places) are dropped. The model's are dropped by
 * {@link ModelSpanFilter}.
 */
public final class NationalityAdjectiveFilter extends NewsRule {
    public NationalityAdjectiveFilter(LanguageProfiles profiles) {
        super(profiles);
    }

    @Override
    public Set<Layer> requires() {
        return AFTER_MODEL_FILTER;
    }

    @Override
    boolean appliesTo(LanguageProfile profile) {
        return profile.dropNationalityMentions && profile.nationality != null;
    }

    @Override
    void apply(Sentence s, List<Mention> others, List<Mention> found) {
        others.removeIf(m -> !m.foundBy(Recognizer.NAME_FINDER) && isNationalityMention(m, s));
    }

    private static boolean isNationalityMention(Mention m, Sentence s) {
        for (int i = 0; i < s.size(); i++) {
            if (s.token(i).start() <= m.start() && m.end() <= s.token(i).end()) {
                return NameWords.isNationality(s.keys(), i, s.profile());
            }
        }
        return false;
    }
}
