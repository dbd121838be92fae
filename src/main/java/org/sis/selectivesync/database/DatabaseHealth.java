package org.sis.selectivesync.database;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;

/** Readiness of each database for {@code /health/ready}, and liveness for {@code /health/live}. */
@ApplicationScoped
public class DatabaseHealth {

  @Inject private DatabaseConnections connections;

  @Produces
  @Readiness
  HealthCheck districtDatabase() {
    return () -> probe(Database.DISTRICT);
  }

  @Produces
  @Readiness
  HealthCheck stateDatabase() {
    return () -> probe(Database.STATE);
  }

  @Produces
  @Readiness
  HealthCheck toolDatabase() {
    return () -> probe(Database.TOOL);
  }

  @Produces
  @Liveness
  HealthCheck application() {
    return () -> HealthCheckResponse.up("selective-sync");
  }

  private HealthCheckResponse probe(Database database) {
    String name = "database-" + database.label();
    try {
      connections.check(database);
      return HealthCheckResponse.named(name)
          .withData("url", connections.maskedUrl(database))
          .up()
          .build();
    } catch (DatabaseUnreachableException e) {
      return HealthCheckResponse.named(name)
          .withData("url", connections.maskedUrl(database))
          .withData("error", e.getCause().getMessage())
          .down()
          .build();
    }
  }
}
