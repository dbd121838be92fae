package org.sis.selectivesync.rights;

import java.util.Comparator;

/**
 * One right granted to or revoked from a group on one tool.
 *
 * @param granted true when the right was granted, false when it was revoked
 */
public record RightChange(String tool, Right right, boolean granted) {

  static final Comparator<RightChange> ORDER =
      Comparator.comparing(RightChange::tool).thenComparing(RightChange::right);
}
