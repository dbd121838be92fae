package org.sis.selectivesync.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

  private final MovableClock clock = new MovableClock();

  private final SignInThrottle throttle =
      new SignInThrottle(
          new SignInThrottle.Policy(
              3, Duration.ofSeconds(2), Duration.ofSeconds(60), Duration.ofMinutes(60), 100),
          clock);

  @Test
  void theFreeAttemptsCostNoWait() {
    throttle.failed("viewer");
    throttle.failed("viewer");

    assertThat(throttle.waitBefore("viewer")).isEmpty();
  }

  @Test
  void waitsStartAfterTheFreeAttemptsAndDoubleUpToTheMaximum() {
    failTimes("viewer", 3);
    assertThat(throttle.waitBefore("viewer")).contains(Duration.ofSeconds(2));

    failTimes("viewer", 1);
    assertThat(throttle.waitBefore("viewer")).contains(Duration.ofSeconds(4));

    failTimes("viewer", 20);
    assertThat(throttle.waitBefore("viewer")).contains(Duration.ofSeconds(60));
  }

  @Test
  void theWaitRunsOutWithTime() {
    failTimes("viewer", 3);

    clock.advance(Duration.ofSeconds(2));

    assertThat(throttle.waitBefore("viewer")).isEmpty();
  }

  @Test
  void namesAreThrottledRegardlessOfCaseAndSuccessClearsThem() {
    failTimes("Viewer", 3);
    assertThat(throttle.waitBefore("VIEWER")).isPresent();

    throttle.succeeded("viewer");

    assertThat(throttle.waitBefore("viewer")).isEmpty();
  }

  @Test
  void oldFailuresAreForgotten() {
    failTimes("viewer", 10);

    clock.advance(Duration.ofMinutes(61));

    assertThat(throttle.waitBefore("viewer")).isEmpty();
    assertThat(throttle.failed("viewer")).isEqualTo(1);
  }

  @Test
  void guessingManyNamesCannotGrowTheMapBeyondItsCapacity() {
    for (int i = 0; i < 1000; i++) {
      throttle.failed("guess" + i);
    }

    assertThat(throttle.trackedNames()).isEqualTo(100);
  }

  private void failTimes(String name, int times) {
    for (int i = 0; i < times; i++) {
      throttle.failed(name);
    }
  }

  private static final class MovableClock extends Clock {

    private Instant now = Instant.parse("2025-01-06T08:00:00Z");

    void advance(Duration duration) {
      now = now.plus(duration);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }
  }
}
