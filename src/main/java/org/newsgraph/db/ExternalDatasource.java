package org.newsgraph.db;

/** Whether the user named an external PostgreSQL through the standard Quarkus datasource settings. */
public final class ExternalDatasource {
    private ExternalDatasource() {}

    public static boolean isConfigured() {
        return notBlank(System.getenv("QUARKUS_DATASOURCE_JDBC_URL"))
                || notBlank(System.getProperty("quarkus.datasource.jdbc.url"));
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
