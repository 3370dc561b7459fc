package org.newsgraph.analysis.document;

import java.util.List;

/**
 * A sentence of the text, [start, end) into the original, with its tokens: words and punctuation (unlike the
 * word layer, {@link Document#tokens()}), as the entity recognizers read them. {@code prose} tells running
 * prose (a news or encyclopedia sentence) from a fragment: a headline, a list item, a title, a caption.
 */
public record Sentence(int start, int end, List<Token> tokens, boolean prose) {
    public Sentence {
        tokens = List.copyOf(tokens);
    }
}
