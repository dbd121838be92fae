package org.sis.selectivesync.database;

/** The three logical databases of the plugin, with their data source and migration folder. */
public enum Database {
  DISTRICT(DataSources.DISTRICT),
  STATE(DataSources.STATE),
  TOOL(DataSources.TOOL);

  private final String jndiName;

  Database(String jndiName) {
    this.jndiName = jndiName;
  }

  public String jndiName() {
    return jndiName;
  }

  /** The name used in configuration keys, logs and health checks: {@code district}, … */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  /** The Flyway location of this database's migrations. */
  public String migrations() {
    return "classpath:db/" + label();
  }
}
