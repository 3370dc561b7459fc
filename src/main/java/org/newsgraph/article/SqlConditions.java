package org.newsgraph.article;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Conditions with named parameters as JDBC takes them: {@code ?} placeholders and their values in order. */
record SqlConditions(String sql, List<Object> values) {
    private static final Pattern NAME = Pattern.compile("(?<!:):([A-Za-z]\\w*)");

    static SqlConditions of(String sql, Map<String, Object> params) {
        List<Object> values = new ArrayList<>();
        Matcher m = NAME.matcher(sql);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            if (!params.containsKey(m.group(1))) {
                throw new IllegalArgumentException("No value for :" + m.group(1));
            }
            values.add(params.get(m.group(1)));
            m.appendReplacement(out, "?");
        }
        m.appendTail(out);
        return new SqlConditions(out.toString(), values);
    }

    /** Sets the values from parameter {@code first} on; returns the next parameter's index. */
    int bind(PreparedStatement st, int first) throws SQLException {
        int p = first;
        for (Object v : values) {
            st.setObject(p++, v);
        }
        return p;
    }
}

