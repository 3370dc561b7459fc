package org.newsgraph.db;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.logging.Logger;
import org.newsgraph.api.OutageLog;

/**
 * Liveness and readiness include the database: a service that cannot reach PostgreSQL cannot do anything
 * useful. The body says only up or down: the driver's message names the database host and port, which go to
 * the log. (Quarkus' own datasource check is turned off because its body quotes that message.)
 */
@Liveness
@Readiness
@ApplicationScoped
public class DatabaseLivenessCheck implements HealthCheck {
    private static final Logger LOG = Logger.getLogger(DatabaseLivenessCheck.class);

    @Inject
    DataSource dataSource;

    /** Probes come every few seconds: an outage is logged when it starts and ends, not at each probe. */
    private final OutageLog outage = new OutageLog(LOG, "Health check");

    @Override
    public HealthCheckResponse call() {
        try (Connection connection = dataSource.getConnection()) {
            boolean valid = connection.isValid(3);
            if (valid) {
                outage.available();
            }
            return HealthCheckResponse.named("database").status(valid)
                    .withData("product", connection.getMetaData().getDatabaseProductName()
                            + " " + connection.getMetaData().getDatabaseProductVersion())
                    .build();
        } catch (SQLException e) {
            if (!outage.unavailable(e)) {
                LOG.warnf("Health check: database check failed: %s", e);
            }
            return HealthCheckResponse.named("database").down().withData("error", "the database is unreachable").build();
        }
    }
}
