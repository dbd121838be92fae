package org.sis.selectivesync.sync;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The name this server instance claims requests under. */
@ApplicationScoped
public class SyncInstance {

  /** The instance name (default: the host name). Instances sharing a tool database differ. */
  @Inject
  @ConfigProperty(name = "selectivesync.instance-name")
  private Optional<String> configured;

  public String name() {
    return configured.orElseGet(SyncInstance::hostName);
  }

  private static String hostName() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      Logger.getLogger(SyncInstance.class.getName())
          .log(Level.WARNING, "Host name unknown, claiming requests as localhost", e);
      return "localhost";
    }
  }
}
