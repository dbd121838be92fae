package org.sis.selectivesync.resync;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The tunable settings of batch resync, from MicroProfile Config. */
@ApplicationScoped
public class ResyncSettings {

  /** Above this many records the page asks for confirmation before sending (default 500). */
  @Inject
  @ConfigProperty(name = "selectivesync.resync.confirm-above", defaultValue = "500")
  long confirmAbove;

  /** The throttle used when none is given, in records per second; 0 = unlimited (default 0). */
  @Inject
  @ConfigProperty(name = "selectivesync.resync.max-records-per-second", defaultValue = "0")
  int maxRecordsPerSecond;

  public long confirmAbove() {
    return confirmAbove;
  }

  public int maxRecordsPerSecond() {
    return Math.max(0, maxRecordsPerSecond);
  }
}
