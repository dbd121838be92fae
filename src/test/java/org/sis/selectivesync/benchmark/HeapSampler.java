package org.sis.selectivesync.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Samples the heap of a JVM with {@code jstat -gc} twice a second and keeps the highest young plus
 * old generation use seen, and the highest old generation use.
 */
final class HeapSampler implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(HeapSampler.class.getName());

  private final long pid;
  private final Thread thread;
  private volatile boolean running = true;
  private volatile double maxUsedKb;
  private volatile double maxOldKb;
  private volatile double gcSeconds;
  private volatile int samples;

  HeapSampler(long pid) {
    this.pid = pid;
    thread = new Thread(this::sampleUntilClosed, "heap-sampler");
    thread.setDaemon(true);
    thread.start();
  }

  double maxUsedMb() {
    return maxUsedKb / 1024;
  }

  double maxOldMb() {
    return maxOldKb / 1024;
  }

  /** Total garbage collection time of the JVM so far, from the last sample. */
  double gcSeconds() {
    return gcSeconds;
  }

  int samples() {
    return samples;
  }

  /** One {@code jstat -gc} sample now: column name to value. */
  static double[] sample(long pid, String... columns) throws IOException, InterruptedException {
    Process jstat =
        new ProcessBuilder(jstatBinary(), "-gc", Long.toString(pid))
            .redirectErrorStream(true)
            .start();
    String output = new String(jstat.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    jstat.waitFor(10, TimeUnit.SECONDS);
    String[] lines = output.strip().split("\n");
    if (lines.length < 2) {
      throw new IOException("jstat said: " + output);
    }
    List<String> header = Arrays.asList(lines[0].trim().split("\\s+"));
    String[] values = lines[1].trim().split("\\s+");
    double[] result = new double[columns.length];
    for (int i = 0; i < columns.length; i++) {
      result[i] = Double.parseDouble(values[header.indexOf(columns[i])]);
    }
    return result;
  }

  private void sampleUntilClosed() {
    while (running) {
      try {
        double[] gc = sample(pid, "S0U", "S1U", "EU", "OU", "GCT");
        maxUsedKb = Math.max(maxUsedKb, gc[0] + gc[1] + gc[2] + gc[3]);
        maxOldKb = Math.max(maxOldKb, gc[3]);
        gcSeconds = gc[4];
        samples++;
        Thread.sleep(500);
      } catch (IOException e) {
        LOG.log(Level.WARNING, "jstat failed: {0}", e.getMessage());
        return;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  private static String jstatBinary() {
    String home = System.getProperty("java.home");
    java.nio.file.Path jstat = java.nio.file.Path.of(home, "bin", "jstat");
    return java.nio.file.Files.exists(jstat) ? jstat.toString() : "jstat";
  }

  @Override
  public void close() throws InterruptedException {
    running = false;
    thread.interrupt();
    thread.join(5000);
  }
}
