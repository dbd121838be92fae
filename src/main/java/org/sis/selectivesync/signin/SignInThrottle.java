package org.sis.selectivesync.signin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Slows down guessing: after a number of free failed sign-ins for one user name, further attempts
 * are refused (without checking the password) until a wait has passed that doubles with every
 * failure, up to a maximum. A success, or a quiet period, clears the name.
 *
 * <p>The failures are kept in a bounded in-memory map (least recently used names drop out),
 * deliberately not in the database: they are a brake, not request state, so nothing a request
 * returns depends on them; a bounded map cannot be filled by guessing many names; and a failed
 * sign-in writes nothing. With several servers each keeps its own count, so an attacker gains at
 * most a factor of the server count.
 */
public final class SignInThrottle {

  private final Policy policy;
  private final Clock clock;
  private final Map<String, Failures> failures;

  /**
   * @param policy free attempts, waits and capacity
   * @param clock the clock waits are measured on
   */
  public SignInThrottle(Policy policy, Clock clock) {
    this.policy = policy;
    this.clock = clock;
    this.failures = new LinkedHashMap<>(64, 0.75f, true);
  }

  /** How long the user name must still wait before its next attempt; empty when it may try. */
  public synchronized Optional<Duration> waitBefore(String userName) {
    Failures recorded = current(key(userName));
    if (recorded == null || recorded.count() < policy.freeAttempts()) {
      return Optional.empty();
    }
    Duration left = Duration.between(clock.instant(), recorded.last().plus(delay(recorded)));
    return left.isNegative() || left.isZero() ? Optional.empty() : Optional.of(left);
  }

  /**
   * Records a failed sign-in.
   *
   * @return how many failures the name now has
   */
  public synchronized int failed(String userName) {
    String key = key(userName);
    Failures recorded = current(key);
    int count = recorded == null ? 1 : recorded.count() + 1;
    failures.put(key, new Failures(count, clock.instant()));
    while (failures.size() > policy.capacity()) {
      failures.remove(failures.keySet().iterator().next());
    }
    return count;
  }

  /** Forgets the failures of a name after a successful sign-in. */
  public synchronized void succeeded(String userName) {
    failures.remove(key(userName));
  }

  /** How many names are tracked; never more than the capacity. */
  synchronized int trackedNames() {
    return failures.size();
  }

  private Failures current(String key) {
    Failures recorded = failures.get(key);
    if (recorded != null && recorded.last().plus(policy.forgetAfter()).isBefore(clock.instant())) {
      failures.remove(key);
      return null;
    }
    return recorded;
  }

  private Duration delay(Failures recorded) {
    int doublings = Math.min(recorded.count() - policy.freeAttempts(), 30);
    Duration delay = policy.firstWait().multipliedBy(1L << doublings);
    return delay.compareTo(policy.maxWait()) > 0 ? policy.maxWait() : delay;
  }

  private static String key(String userName) {
    return userName == null ? "" : userName.trim().toLowerCase(Locale.ROOT);
  }

  private record Failures(int count, Instant last) {}

  /**
   * @param freeAttempts failures allowed before the first wait
   * @param firstWait the wait after the first failure beyond the free ones
   * @param maxWait the longest wait
   * @param forgetAfter failures older than this are forgotten
   * @param capacity the most user names tracked at once
   */
  public record Policy(
      int freeAttempts, Duration firstWait, Duration maxWait, Duration forgetAfter, int capacity) {}
}
