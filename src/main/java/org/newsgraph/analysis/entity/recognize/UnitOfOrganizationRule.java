package org.newsgraph.analysis.entity.recognize;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.newsgraph.analysis.document.EntityKind;
import org.newsgraph.analysis.document.Layer;
import org.newsgraph.analysis.document.Mention;

/**
 * A standing unit of a body named by the body: [روابط عمومی سازمان هواشناسی] (the agency's public relations office,
 * which Persian news cites as a source in its own right). A unit noun from the profile's list right before an
 * organization (any recognizer's) makes one organization with it; alone (مدیر روابط عمومی) it is a common noun.
 */
public final class UnitOfOrganizationRule extends NewsRule {
    public UnitOfOrganizationRule(LanguageProfiles profiles) {
        super(profiles);
    }

    @Override
    public Set<Layer> requires() {
        return AFTER_MODEL_FILTER;
    }

    @Override
    boolean appliesTo(LanguageProfile profile) {
        return !profile.unitHeads.isEmpty();
    }

    @Override
    void apply(Sentence s, List<Mention> others, List<Mention> found) {
        List<Mention> bodies = new ArrayList<>(others);
        bodies.addAll(found);
        for (Mention body : bodies) {
            if (body.kind() != EntityKind.ORG) {
                continue;
            }
            int first = NameSpans.indexAt(s.tokens(), body.start(), true);
            int last = NameSpans.indexAt(s.tokens(), body.end(), false);
            if (first < 1 || last < first || NameSpans.punctuationBefore(s.tokens(), first, s.text())) {
                continue;
            }
            for (List<String> unit : s.profile().unitHeads) {
                int start = first - unit.size();
                if (start >= 0 && s.keys().subList(start, first).equals(unit)
                        && !NameSpans.overlapsAny(s.token(start).start(), body.start(), others, found)) {
                    found.remove(body);
                    found.add(s.mention(start, last, EntityKind.ORG, 0.75));
                    break;
                }
            }
        }
    }
}
