package org.newsgraph.analysis.entity.recognize;

import java.util.List;
import java.util.Set;

import org.newsgraph.analysis.document.EntityKind;
import org.newsgraph.analysis.document.Layer;
import org.newsgraph.analysis.document.Mention;

/**
 * A place-type noun before a place and a compass adjective after it belong to its name: [استان اصفهان], [شهرستان
 * سمیرم], [آذربایجان غربی]; so does a compass noun that names a region of it ([جنوب لبنان], where the profile
 * lists them) (docs/entity-guidelines.md). Widens the place mentions of the knowledge base and the
 * model, keeping their recognizer, confidence and linking key.
 */
public final class PlaceWideningRule extends NewsRule {
    public PlaceWideningRule(LanguageProfiles profiles) {
        super(profiles);
    }

    @Override
    public Set<Layer> requires() {
        return AFTER_MODEL_FILTER;
    }

    @Override
    boolean appliesTo(LanguageProfile profile) {
        return !profile.placeHeads.isEmpty();
    }

    /**
     * Where a region named by a compass noun before the place starts ([جنوب لبنان], [شمال شرقی تهران]: a second
     * compass word may follow the noun), or {@code start} when there is none.
     */
    private static int regionStart(Sentence s, int start) {
        LanguageProfile p = s.profile();
        if (start > 1 && p.compassNouns.contains(s.key(start - 2))
                && (p.compassNouns.contains(s.key(start - 1)) || p.placeTails.contains(s.key(start - 1)))) {
            return start - 2;
        }
        return start > 0 && p.compassNouns.contains(s.key(start - 1)) ? start - 1 : start;
    }

    @Override
    void apply(Sentence s, List<Mention> others, List<Mention> found) {
        LanguageProfile p = s.profile();
        for (int n = 0; n < others.size(); n++) {
            Mention m = others.get(n);
            if (m.kind() != EntityKind.LOC) {
                continue;
            }
            // the gazetteer may match inside a word (آفریقا in آفریقای): the tokens the mention touches
            int first = -1;
            int last = -1;
            for (int i = 0; i < s.size(); i++) {
                if (s.token(i).start() < m.end() && m.start() < s.token(i).end()) {
                    first = first < 0 ? i : first;
                    last = i;
                }
            }
            if (first < 0) {
                continue;
            }
            int start = first > 0 && p.placeHeads.contains(s.key(first - 1)) ? first - 1 : first;
            start = regionStart(s, start);
            int end = last + 1 < s.size() && p.placeTails.contains(s.key(last + 1)) ? last + 1 : last;
            if (start != first || end != last || s.token(first).start() != m.start() || s.token(last).end() != m.end()) {
                Mention wide = NameSpans.mention(s.tokens(), start, end, EntityKind.LOC, m.confidence(), m.provenance(), s.text());
                others.set(n, new Mention(wide.start(), wide.end(), wide.surface(), m.normalized(), m.kind(),
                        m.confidence(), m.provenance(), m.entityKey()));
            }
        }
    }
}
