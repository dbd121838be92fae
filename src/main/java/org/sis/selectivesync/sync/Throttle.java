package org.sis.selectivesync.sync;

import java.util.function.LongSupplier;

/**
 * Paces a job to at most a number of records per second, averaged over the run: before each chunk
 * it waits until the chunk's records are due at that rate, so at no moment have more records been
 * sent than the rate allows since the start. A run that is slower than the limit never waits. Time
 * comes from an injectable nanosecond clock and sleeper, so tests need no real sleeping.
 */
public final class Throttle {

  private static final long NANOS_PER_SECOND = 1_000_000_000L;

  /** Waits a number of nanoseconds. */
  @FunctionalInterface
  public interface Sleeper {
    void sleep(long nanos) throws InterruptedException;
  }

  private final int perSecond;
  private final LongSupplier clock;
  private final Sleeper sleeper;
  private final long start;
  private long sent;

  /**
   * Starts pacing now.
   *
   * @param perSecond the most records per second; 0 or less for unlimited
   * @param clock nanoseconds, as {@link System#nanoTime()}
   */
  public Throttle(int perSecond, LongSupplier clock, Sleeper sleeper) {
    this.perSecond = perSecond;
    this.clock = clock;
    this.sleeper = sleeper;
    this.start = clock.getAsLong();
  }

  /** A throttle on the system clock that sleeps the current thread. */
  public static Throttle of(int perSecond) {
    return new Throttle(perSecond, System::nanoTime, Throttle::sleepNanos);
  }

  /** The chunk size that keeps a throttled rate smooth: at most one second's worth of records. */
  public static int chunkSize(int configured, int perSecond) {
    return perSecond <= 0 ? configured : Math.max(1, Math.min(configured, perSecond));
  }

  /**
   * Waits until that many more records are due at the rate, and counts them as sent.
   *
   * @throws IllegalStateException when interrupted while waiting (the interrupt flag is kept)
   */
  public void awaitTurn(int records) {
    sent += records;
    if (perSecond <= 0) {
      return;
    }
    long due = start + sent * NANOS_PER_SECOND / perSecond;
    long wait = due - clock.getAsLong();
    if (wait > 0) {
      try {
        sleeper.sleep(wait);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("Interrupted while pacing a throttled request", e);
      }
    }
  }

  private static void sleepNanos(long nanos) throws InterruptedException {
    Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
  }
}
