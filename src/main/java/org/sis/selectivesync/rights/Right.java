package org.sis.selectivesync.rights;

import java.util.Locale;

/** The four rights the SIS grants on a tool; what each allows is set per tool by the descriptor. */
public enum Right {
  /** Read: see the tool. */
  R,
  /** Write: change or run something. */
  W,
  /** Add: create something new. */
  A,
  /** Delete: remove something. */
  D;

  /**
   * The right of a one-letter code, in either case.
   *
   * @throws IllegalArgumentException for anything but R, W, A or D
   */
  public static Right ofCode(String code) {
    return valueOf(code.trim().toUpperCase(Locale.ROOT));
  }
}
