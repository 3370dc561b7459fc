package org.newsgraph.language;

import java.util.Locale;
import java.util.regex.Pattern;

import org.newsgraph.error.InvalidInputException;

/** BCP-47 language tags as clients send them (articles, aliases, analysis requests). */
public final class LanguageTags {
    private static final Pattern LANGUAGE_TAG = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*");

    private LanguageTags() {}

    /** The tag with its primary subtag lower-cased; an {@link InvalidInputException} on field 'language' otherwise. */
    public static String normalize(String tag) {
        if (!LANGUAGE_TAG.matcher(tag).matches()) {
            throw new InvalidInputException("language", "'language' must be a BCP-47 tag such as 'fa' or 'az-Cyrl', was '" + tag + "'.");
        }
        String[] parts = tag.split("-", 2);
        return parts[0].toLowerCase(Locale.ROOT) + (parts.length > 1 ? "-" + parts[1] : "");
    }
}
