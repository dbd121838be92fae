package org.sis.selectivesync.database;

import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * Stops the Java process after a failed start when {@code selectivesync.exit-on-startup-failure} is
 * true (default false, so that a host server keeps running; the embedded run sets it).
 */
final class StartupFailure {

  private static final Logger LOG = Logger.getLogger(StartupFailure.class.getName());

  private StartupFailure() {}

  /** Stops the process if configured; returns at once either way. */
  static void stopIfConfigured(Config config) {
    boolean exit =
        config
            .getOptionalValue("selectivesync.exit-on-startup-failure", Boolean.class)
            .orElse(false);
    if (!exit) {
      return;
    }
    LOG.severe("Selective Sync did not start; the process stops (exit code 1)");
    // System.exit waits for shutdown hooks, and the server's hook waits for the deployment
    // thread: exit from another thread so that neither waits for the other.
    Thread stopper = new Thread(() -> System.exit(1), "selective-sync-stop");
    stopper.start();
  }
}
