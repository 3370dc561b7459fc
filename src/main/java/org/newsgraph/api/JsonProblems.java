package org.newsgraph.api;

import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

/** A client-facing sentence for a JSON body that does not parse or does not have the expected shape. */
public final class JsonProblems {
    private JsonProblems() {}

    public static String describe(JsonProcessingException e) {
        if (e instanceof MismatchedInputException mismatch && !(e instanceof UnrecognizedPropertyException)) {
            String field = path(mismatch);
            String expected = kind(mismatch.getTargetType());
            return field.isEmpty()
                    ? "The body must be a JSON " + expected + "."
                    : "'" + field + "' must be a JSON " + expected + ".";
        }
        return "Malformed JSON: " + e.getOriginalMessage();
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    private static String kind(Class<?> type) {
        if (type == null) {
            return "value of another type";
        }
        if (CharSequence.class.isAssignableFrom(type)) {
            return "string";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "boolean";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "number";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "array";
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord() || !type.getName().startsWith("java.")) {
            return "object";
        }
        return "value of another type";
    }
}
