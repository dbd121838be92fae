package org.sis.selectivesync.testsupport;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The built WAR started on Payara Micro the way the run command starts it, in a process of its own,
 * for tests of start-up itself (which an Arquillian deployment cannot observe).
 */
public final class PayaraProcess implements AutoCloseable {

  private final Process process;
  private final Path log;
  private final int port;

  private PayaraProcess(Process process, Path log, int port) {
    this.process = process;
    this.log = log;
    this.port = port;
  }

  /**
   * Starts Payara Micro with the WAR on a free port.
   *
   * @param environment variables added to this JVM's environment
   * @param systemProperties {@code -D} options for the server JVM
   */
  public static PayaraProcess start(Map<String, String> environment, List<String> systemProperties)
      throws IOException {
    int port = freePort();
    Path root = Files.createTempDirectory(Path.of("target"), "payara-process");
    Path log = root.resolve("server.log");
    List<String> command = new ArrayList<>(List.of(javaBinary(), "-Xmx384m"));
    command.addAll(systemProperties);
    command.addAll(
        List.of(
            "-jar",
            System.getProperty("microJar"),
            "--deploy",
            System.getProperty("it.war"),
            "--contextroot",
            "/",
            "--nocluster",
            "--rootdir",
            root.resolve("payara").toString(),
            "--port",
            Integer.toString(port),
            "--prebootcommandfile",
            System.getProperty("preBootCommands")));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.redirectOutput(log.toFile());
    builder.environment().putAll(environment);
    return new PayaraProcess(builder.start(), log, port);
  }

  public int port() {
    return port;
  }

  /** Waits for the process to end by itself and returns its exit code, or -1 on timeout. */
  public int awaitExit(long seconds) throws InterruptedException {
    return process.waitFor(seconds, TimeUnit.SECONDS) ? process.exitValue() : -1;
  }

  /** Everything the server printed so far. */
  public String output() throws IOException {
    return Files.readString(log);
  }

  /** Waits until the output contains a text; false on timeout or when the process ended. */
  public boolean awaitOutput(String text, long seconds) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    while (System.nanoTime() < deadline && process.isAlive()) {
      if (output().contains(text)) {
        return true;
      }
      Thread.sleep(250);
    }
    return output().contains(text);
  }

  /** Kills the server at once (SIGKILL), as a crash would. */
  public void kill() throws InterruptedException {
    process.destroyForcibly().waitFor();
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor();
    }
  }

  private static String javaBinary() {
    return System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
