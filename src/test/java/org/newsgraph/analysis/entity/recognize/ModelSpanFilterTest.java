package org.newsgraph.analysis.entity.recognize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsgraph.analysis.entity.recognize.RuleFixture.PROFILES;
import static org.newsgraph.analysis.entity.recognize.RuleFixture.document;
import static org.newsgraph.analysis.entity.recognize.RuleFixture.run;
import static org.newsgraph.analysis.entity.recognize.RuleFixture.with;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.newsgraph.analysis.document.Document;
import org.newsgraph.analysis.document.EntityKind;
import org.newsgraph.analysis.document.Mention;
import org.newsgraph.analysis.document.Provenance;

class ModelSpanFilterTest {
    private final ModelSpanFilter filter = new ModelSpanFilter(PROFILES);

    private List<String> model(String language, String text, String span, EntityKind kind) {
        return run(filter, with(document(text, language), span, kind, Provenance.nameFinder(language)));
    }

    @Test
    void aTitleIsCutOffAndTheRestIsAPerson() {
        assertEquals(List.of("PER Marta Kovalenko"), model("en", "Yesterday President Marta Kovalenko arrived .",
                "President Marta Kovalenko", EntityKind.ORG));
    }

    @Test
    void edgesAreTrimmedAndRunOnWordsCut() {
        assertEquals(List.of("PER Tomas Vend"), model("en", "He met Tomas Vend said the report .", "Tomas Vend said", EntityKind.PER));
    }

    @Test
    void spansWithoutACapitalOrOpeningWithAFunctionWordAreDropped() {
        assertEquals(List.of(), model("en", "the talks ended late on Monday .", "talks ended", EntityKind.ORG));
        assertEquals(List.of(), model("en", "He said that Oslo agreed .", "that Oslo", EntityKind.LOC));
    }

    @Test
    void aNationalityAdjectiveIsNoEntity() {
        assertEquals(List.of(), model("az", "Bu gün azərbaycanlı jurnalistlər gəlib .", "azərbaycanlı", EntityKind.MISC));
    }

    @Test
    void otherRecognizersAreLeftAsTheyAre() {
        var document = with(document("the talks ended late .", "en"), "talks", EntityKind.ORG, Provenance.GAZETTEER);
        assertEquals(List.of("ORG talks"), run(filter, document));
    }

    @Test
    void arabicKeepsOnlyTheModelsSureOneWordPersonsThatLookLikeSurnames() {
        String text = "وأكد المسؤول أن فالديرو سيصل إلى المدينة غدا .";
        assertEquals(List.of("PER فالديرو"), model("ar", text, "فالديرو", EntityKind.PER));
        assertEquals(List.of(), run(filter, modelAt(document(text, "ar"), "فالديرو", 0.8)));
        // a lone given name is mostly the first word of a longer name the model cut; an accusative is no name
        assertEquals(List.of(), model("ar", "وأكد المسؤول أن خالد سيصل إلى المدينة غدا .", "خالد", EntityKind.PER));
        assertEquals(List.of(), model("ar", "وأكد المسؤول أن رئيسا سيصل إلى المدينة غدا .", "رئيسا", EntityKind.PER));
        // places and organizations of the Arabic model stay dropped in prose
        assertEquals(List.of(), model("ar", "وأكد المسؤول أن فالديرو سيصل إلى المدينة غدا .", "فالديرو", EntityKind.LOC));
    }

    private static Document modelAt(Document document, String surface, double confidence) {
        int start = document.text().indexOf(surface);
        document.mentions().add(new Mention(start, start + surface.length(), surface, surface, EntityKind.PER, confidence,
                Provenance.nameFinder("ar"), null));
        return document;
    }
}
