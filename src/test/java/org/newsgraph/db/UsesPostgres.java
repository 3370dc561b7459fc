package org.newsgraph.db;

import io.quarkus.test.common.QuarkusTestResource;

/** Registers {@link PostgresTestResource} for every {@code @QuarkusTest} in the suite. */
@QuarkusTestResource(PostgresTestResource.class)
public final class UsesPostgres {
    private UsesPostgres() {}
}
