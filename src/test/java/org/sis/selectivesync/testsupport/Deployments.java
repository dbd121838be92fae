package org.sis.selectivesync.testsupport;

import java.io.File;
import java.net.URISyntaxException;
import net.bytebuddy.ByteBuddy;
import org.assertj.core.api.Assertions;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one deployment every integration test uses: the WAR the build produced, exactly as it ships,
 * plus the test support classes and a web fragment that lets Arquillian's in-container runner past
 * the sign-in.
 */
public final class Deployments {

  private Deployments() {}

  /** The built WAR ({@code it.war}, set by Failsafe) with the calling test's package added. */
  public static WebArchive application(Class<?> test) {
    File war = new File(System.getProperty("it.war", "target/selective-sync.war"));
    return ShrinkWrap.createFromZipFile(WebArchive.class, war)
        .addPackage(Deployments.class.getPackage())
        .addClass(test)
        .addAsLibraries(jarOf(Assertions.class), jarOf(ByteBuddy.class), runnerAccess());
  }

  /** A web fragment that exempts Arquillian's test runner servlet from the sign-in. */
  private static JavaArchive runnerAccess() {
    return ShrinkWrap.create(JavaArchive.class, "test-runner-access.jar")
        .addAsManifestResource("testsupport/runner-access-web-fragment.xml", "web-fragment.xml");
  }

  private static JavaArchive jarOf(Class<?> type) {
    try {
      File jar = new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
      return ShrinkWrap.createFromZipFile(JavaArchive.class, jar);
    } catch (URISyntaxException e) {
      throw new IllegalStateException("Cannot locate the jar of " + type, e);
    }
  }
}
