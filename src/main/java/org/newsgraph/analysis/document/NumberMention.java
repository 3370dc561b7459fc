package org.newsgraph.analysis.document;

import java.math.BigDecimal;

/** A number written in the text (any digits: ASCII, Persian, Arabic-Indic), [start, end) into the original. */
public record NumberMention(int start, int end, String text, BigDecimal value) {}
