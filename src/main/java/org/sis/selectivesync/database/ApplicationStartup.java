package org.sis.selectivesync.database;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Brings the databases up when the application starts: checks that each answers, migrates its
 * schema, then announces {@link DatabasesReady} so that demo data and interrupted requests can
 * follow.
 *
 * <p>An unreachable database is logged on one line (name and URL, password masked) and reported
 * DOWN by {@code /health/ready}. A failed migration fails the deployment. With {@code
 * selectivesync.exit-on-startup-failure=true} (set by the embedded run command) either failure also
 * stops the Java process, so that nothing runs half-started.
 */
@ApplicationScoped
public class ApplicationStartup {

  private static final Logger LOG = Logger.getLogger(ApplicationStartup.class.getName());

  @Inject private DatabaseConnections connections;

  @Inject private Event<DatabasesReady> ready;

  @Inject private Config config;

  @Inject
  @ConfigProperty(name = "selectivesync.public-url", defaultValue = "http://localhost:8080/")
  private String publicUrl;

  void start(@Observes Startup startup) {
    Set<Database> reachable = reachableDatabases();
    if (reachable.size() < Database.values().length) {
      stopIfConfigured();
      return;
    }
    try {
      for (Database database : Database.values()) {
        SchemaMigration.of(database).migrate(connections.dataSource(database));
      }
    } catch (MigrationFailedException e) {
      LOG.severe(e.getMessage());
      stopIfConfigured();
      throw e;
    }
    ready.fire(new DatabasesReady());
    LOG.log(Level.INFO, "Selective Sync is ready at {0}", publicUrl);
  }

  private Set<Database> reachableDatabases() {
    Set<Database> reachable = EnumSet.noneOf(Database.class);
    for (Database database : Database.values()) {
      try {
        connections.check(database);
        reachable.add(database);
      } catch (DatabaseUnreachableException e) {
        LOG.severe(e.getMessage());
      }
    }
    return reachable;
  }

  private void stopIfConfigured() {
    StartupFailure.stopIfConfigured(config);
  }
}
