package org.newsgraph.analysis.text;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.newsgraph.analysis.document.Analyzer;
import org.newsgraph.analysis.document.DateMention;
import org.newsgraph.analysis.document.Document;
import org.newsgraph.analysis.document.Layer;
import org.newsgraph.analysis.document.NumberMention;

/**
 * Numbers written with digits (ASCII, Persian ۰-۹, Arabic-Indic ٠-٩) into {@link Document#numbers()}:
 * thousands separators (, ٬ ' and . when grouped in threes), decimal separators (٫ . and , when not a
 * group of three), a minus sign after a space, and a percent sign (%, ٪) which stays in the text while the
 * value is the number itself. Numbers inside a date already found are SKIPPED (run after DateAnalyzer), so
 * "8 آذر 1403" yields no numbers. Digits glued to Latin or Cyrillic letters (COP29, G7, COVID-19) are part
 * of a name and skipped; digits glued to Arabic-script words (a frequent typo, "جذب714") are kept.
 *
 * <p>"1,234" is one thousand two hundred thirty-four; "1,5" and "1.234" are decimals (a single group
 * after a dot reads as a decimal, as in English copy); "1.234.567" is grouped.
 */
public final class NumberAnalyzer implements Analyzer {
    private static final String D = "[0-9\\u06F0-\\u06F9\\u0660-\\u0669]";
    private static final Pattern NUMBER = Pattern.compile(
            "(?<![\\p{IsLatin}\\p{IsCyrillic}\\p{N}.,٫٬])(?<![\\p{IsLatin}\\p{IsCyrillic}]-)"
            + "(?<sign>(?:(?<=^|\\s)[-−])?)"
            + "(?<int>" + D + "{1,3}(?:(?<sep>[,٬'])" + D + "{3})(?:\\k<sep>" + D + "{3})*"
            + "|" + D + "{1,3}(?:\\." + D + "{3}){2,}"
            + "|" + D + "+)"
            + "(?:(?<dec>[.,٫])(?<frac>" + D + "+))?"
            + "(?![\\p{IsLatin}\\p{IsCyrillic}\\p{N}])"
            + "(?<pct>\\s?[%٪])?");

    @Override
    public Set<Layer> requires() {
        return EnumSet.of(Layer.DATES);
    }

    @Override
    public Set<Layer> produces() {
        return EnumSet.of(Layer.NUMBERS);
    }

    @Override
    public void analyze(Document document) {
        document.numbers().addAll(find(document.text(), document.dates()));
    }

    /** Numbers of the text that lie outside the given date spans, in text order. */
    public List<NumberMention> find(String text, List<DateMention> dates) {
        List<NumberMention> out = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return out;
        }
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            if (insideDate(m.start(), m.end(), dates)) {
                continue;
            }
            String integer = m.group("int");
            String dec = m.group("dec");
            String frac = m.group("frac");
            // a comma (or Arabic thousands sign) followed by exactly three digits groups, it does not divide
            if (frac != null && (",".equals(dec)) && frac.length() == 3 && m.group("sep") == null
                    && integer.length() <= 3) {
                integer = integer + "," + frac;
                frac = null;
            }
            try {
                StringBuilder value = new StringBuilder();
                if (!m.group("sign").isEmpty()) {
                    value.append('-');
                }
                appendDigits(value, integer);
                if (frac != null) {
                    value.append('.');
                    appendDigits(value, frac);
                }
                out.add(new NumberMention(m.start(), m.end(), text.substring(m.start(), m.end()),
                        new BigDecimal(value.toString())));
            } catch (NumberFormatException e) {
                // not a number after all (cannot happen with the pattern above); skip it
            }
        }
        return out;
    }

    private static void appendDigits(StringBuilder out, String s) {
        for (int i = 0; i < s.length(); i++) {
            int digit = Character.digit(s.charAt(i), 10);
            if (digit >= 0) {
                out.append((char) ('0' + digit));
            }
        }
    }

    private static boolean insideDate(int start, int end, List<DateMention> dates) {
        for (DateMention d : dates) {
            if (start < d.end() && end > d.start()) {
                return true;
            }
        }
        return false;
    }
}
