package org.sis.selectivesync.verify;

import java.util.Arrays;
import java.util.Optional;

/** The sets of keys a verification reports besides the matched ones. */
public enum VerificationSet {
  /** At the district (and meant for the state) but not at the state. */
  MISSING_AT_STATE,
  /** At the state but not at the district, or excluded there: reported, never deleted. */
  ONLY_AT_STATE,
  /** At both, with at least one synced field different. */
  DIFFERENT;

  /** The set of that exact name, if any. */
  public static Optional<VerificationSet> named(String name) {
    return Arrays.stream(values()).filter(set -> set.name().equals(name)).findFirst();
  }
}
