package org.newsgraph.xref;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.newsgraph.analysis.xref.XrefEvidence;

/**
 * {@link XrefEvidence} as the {@code xref.evidence} column holds it: names per side of the stored pair
 * (a = the smaller article id), so either article can be shown its own surface forms.
 */
public record StoredEvidence(List<Name> entities, List<LocalDate> dates, List<String> numbers, List<Name> words,
                             Long timeGapSeconds, Map<String, Double> contributions, double timeFactor,
                             double fingerprintSimilarity, String method) {

    public record Name(String key, String nameA, String nameB, double contribution) {}

    /** The link's evidence with its first article on side a when {@code firstIsA}. */
    public static StoredEvidence of(XrefEvidence e, boolean firstIsA) {
        return new StoredEvidence(names(e.entities(), firstIsA), e.dates(), e.numbers(), names(e.words(), firstIsA),
                e.timeGap() == null ? null : e.timeGap().toSeconds(), e.contributions(), e.timeFactor(),
                e.fingerprintSimilarity(), e.method());
    }

    private static List<Name> names(List<XrefEvidence.SharedName> shared, boolean firstIsA) {
        return shared.stream().map(n -> firstIsA
                ? new Name(n.key(), n.nameInFirst(), n.nameInSecond(), n.contribution())
                : new Name(n.key(), n.nameInSecond(), n.nameInFirst(), n.contribution())).toList();
    }

    /** The evidence as the article on side a ({@code fromA}) or b sees it. */
    public CrossReference.Evidence view(boolean fromA) {
        return new CrossReference.Evidence(view(entities, fromA), dates, numbers, view(words, fromA),
                timeGapSeconds == null ? null : timeGapSeconds / 3600.0, contributions, timeFactor,
                fingerprintSimilarity, method);
    }

    private static List<CrossReference.SharedName> view(List<Name> names, boolean fromA) {
        return names == null ? List.of() : names.stream().map(n -> fromA
                ? new CrossReference.SharedName(n.key(), n.nameA(), n.nameB(), n.contribution())
                : new CrossReference.SharedName(n.key(), n.nameB(), n.nameA(), n.contribution())).toList();
    }
}
