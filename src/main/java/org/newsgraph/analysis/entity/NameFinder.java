package org.newsgraph.analysis.entity;

import java.util.List;

import org.newsgraph.analysis.document.Mention;
import org.newsgraph.analysis.document.Token;

/**
 * A statistical name finder for one language: given a sentence's tokens, the names in it as mentions with
 * offsets into the original text. The OpenNLP maximum-entropy finder is the first implementation; a
 * stronger model (a transformer served elsewhere, a CRF) plugs in behind the same interface.
 */
public interface NameFinder {
    /** The language this finder serves (ISO 639-1, "fa"). */
    String language();

    /** Names in one sentence; {@code text} is the document's original text the tokens point into. */
    List<Mention> find(String text, List<Token> sentence);
}
