package org.sis.selectivesync.rights;

import java.util.Comparator;

/** One right on one tool. */
public record Grant(String tool, Right right) {

  static final Comparator<Grant> ORDER =
      Comparator.comparing(Grant::tool).thenComparing(Grant::right);
}
