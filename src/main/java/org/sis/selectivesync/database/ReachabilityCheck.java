package org.sis.selectivesync.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.JNDIConnector;
import org.eclipse.persistence.sessions.Session;

/**
 * Checks a database before its persistence unit logs in at deployment, so that an unreachable
 * database is reported on one line (its name and URL, password masked) and, when configured, stops
 * the process, instead of only failing the deployment with the provider's stack trace.
 *
 * <p>Registered as {@code eclipselink.session.customizer} in persistence.xml: the server logs every
 * referenced persistence unit in while it prepares the application, before any application code
 * runs, and the customizer runs just before that login.
 */
public class ReachabilityCheck implements SessionCustomizer {

  private static final Logger LOG = Logger.getLogger(ReachabilityCheck.class.getName());

  @Override
  public void customize(Session session) {
    Optional<Database> database =
        Arrays.stream(Database.values())
            .filter(d -> session.getName().endsWith("_" + d.label()))
            .findFirst();
    if (database.isPresent()
        && session.getLogin().getConnector() instanceof JNDIConnector connector
        && connector.getDataSource() != null) {
      check(database.get(), connector.getDataSource());
    }
  }

  private static void check(Database database, DataSource dataSource) {
    try (Connection connection = dataSource.getConnection()) {
      connection.isValid(5);
    } catch (SQLException | RuntimeException e) {
      Config config = ConfigProvider.getConfig(ReachabilityCheck.class.getClassLoader());
      String url =
          JdbcUrls.masked(
              config.getOptionalValue(database.label() + ".db.url", String.class).orElse(null));
      LOG.severe(new DatabaseUnreachableException(database.label(), url, rootOf(e)).getMessage());
      StartupFailure.stopIfConfigured(config);
    }
  }

  private static Throwable rootOf(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root;
  }
}
