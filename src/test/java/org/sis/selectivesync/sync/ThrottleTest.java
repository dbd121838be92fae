package org.sis.selectivesync.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ThrottleTest {

  private static final long SECOND = 1_000_000_000L;

  /** A clock that only moves when work is done or the throttle sleeps. */
  private static final class FakeTime {
    long now = 5 * SECOND;
    final List<Long> sleeps = new ArrayList<>();

    Throttle throttle(int perSecond) {
      return new Throttle(perSecond, () -> now, this::sleep);
    }

    void sleep(long nanos) {
      sleeps.add(nanos);
      now += nanos;
    }

    void work(long nanos) {
      now += nanos;
    }
  }

  @Test
  void aFastRunIsHeldToTheRateAveragedOverTheRun() {
    FakeTime time = new FakeTime();
    long start = time.now;
    Throttle throttle = time.throttle(20);

    for (int chunk = 0; chunk < 5; chunk++) {
      throttle.awaitTurn(20);
      time.work(SECOND / 10);
    }

    assertThat(time.now - start).isEqualTo(5 * SECOND + SECOND / 10);
    assertThat(time.sleeps)
        .containsExactly(SECOND, 900_000_000L, 900_000_000L, 900_000_000L, 900_000_000L);
  }

  @Test
  void noMoreRecordsAreSentAtAnyMomentThanTheRateAllows() {
    FakeTime time = new FakeTime();
    long start = time.now;
    Throttle throttle = time.throttle(7);
    long sent = 0;

    for (int chunk = 0; chunk < 30; chunk++) {
      throttle.awaitTurn(3);
      sent += 3;
      double elapsed = (double) (time.now - start) / SECOND;
      assertThat(sent).isLessThanOrEqualTo((long) Math.ceil(7 * elapsed + 1e-9));
      time.work(SECOND / 50);
    }
  }

  @Test
  void aRunSlowerThanTheRateNeverWaits() {
    FakeTime time = new FakeTime();
    Throttle throttle = time.throttle(10);

    for (int chunk = 0; chunk < 3; chunk++) {
      time.work(2 * SECOND);
      throttle.awaitTurn(10);
    }

    assertThat(time.sleeps).isEmpty();
  }

  @Test
  void aSlowChunkIsMadeUpBySendingTheNextOnesWithoutWaiting() {
    FakeTime time = new FakeTime();
    long start = time.now;
    Throttle throttle = time.throttle(10);

    throttle.awaitTurn(10);
    time.work(3 * SECOND);
    throttle.awaitTurn(10);
    time.work(SECOND / 10);
    throttle.awaitTurn(10);
    time.work(SECOND / 10);
    throttle.awaitTurn(10);

    assertThat(time.sleeps).containsExactly(SECOND);
    assertThat(time.now - start).isEqualTo(4 * SECOND + SECOND / 5);
  }

  @Test
  void unlimitedNeverWaits() {
    FakeTime time = new FakeTime();
    Throttle throttle = time.throttle(0);

    throttle.awaitTurn(1_000_000);

    assertThat(time.sleeps).isEmpty();
  }

  @Test
  void throttledChunksHoldAtMostOneSecondOfRecords() {
    assertThat(Throttle.chunkSize(1000, 0)).isEqualTo(1000);
    assertThat(Throttle.chunkSize(1000, 20)).isEqualTo(20);
    assertThat(Throttle.chunkSize(50, 20_000)).isEqualTo(50);
    assertThat(Throttle.chunkSize(1000, 1)).isEqualTo(1);
  }

  @Test
  void anInterruptedWaitStopsTheRunAndKeepsTheInterrupt() {
    Throttle throttle =
        new Throttle(
            1,
            () -> 0L,
            nanos -> {
              throw new InterruptedException("stop");
            });

    assertThatThrownBy(() -> throttle.awaitTurn(5)).isInstanceOf(IllegalStateException.class);
    assertThat(Thread.interrupted()).isTrue();
  }
}
