package org.sis.selectivesync.database;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Declares the three logical databases of the plugin. Every attribute comes from MicroProfile
 * Config, so an environment variable such as {@code STATE_DB_URL} switches a database without a
 * rebuild; the defaults in {@code META-INF/microprofile-config.properties} are embedded H2 files.
 *
 * <p>Connections are validated before use (a restarted PostgreSQL server does not leave closed
 * connections in the pool). None of the pools is XA: no transaction spans two databases.
 */
@ApplicationScoped
@DataSourceDefinition(
    name = DataSources.DISTRICT,
    className = "${MPCONFIG=district.db.class}",
    url = "${MPCONFIG=district.db.url}",
    user = "${MPCONFIG=district.db.user}",
    password = "${MPCONFIG=district.db.password}",
    minPoolSize = 2,
    maxPoolSize = 20,
    properties = {
      "fish.payara.is-connection-validation-required=true",
      "fish.payara.connection-validation-method=custom-validation",
      "fish.payara.validation-classname="
          + "org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation"
    })
@DataSourceDefinition(
    name = DataSources.STATE,
    className = "${MPCONFIG=state.db.class}",
    url = "${MPCONFIG=state.db.url}",
    user = "${MPCONFIG=state.db.user}",
    password = "${MPCONFIG=state.db.password}",
    minPoolSize = 2,
    maxPoolSize = 20,
    properties = {
      "fish.payara.is-connection-validation-required=true",
      "fish.payara.connection-validation-method=custom-validation",
      "fish.payara.validation-classname="
          + "org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation"
    })
@DataSourceDefinition(
    name = DataSources.TOOL,
    className = "${MPCONFIG=tool.db.class}",
    url = "${MPCONFIG=tool.db.url}",
    user = "${MPCONFIG=tool.db.user}",
    password = "${MPCONFIG=tool.db.password}",
    minPoolSize = 2,
    maxPoolSize = 20,
    properties = {
      "fish.payara.is-connection-validation-required=true",
      "fish.payara.connection-validation-method=custom-validation",
      "fish.payara.validation-classname="
          + "org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation"
    })
public class DataSources {

  /** The host SIS tables of the district: read by the plugin, never written. */
  public static final String DISTRICT = "java:app/jdbc/district";

  /** The state copy of every district's records. */
  public static final String STATE = "java:app/jdbc/state";

  /** The plugin's own tables: requests, results, rights. */
  public static final String TOOL = "java:app/jdbc/tool";
}
