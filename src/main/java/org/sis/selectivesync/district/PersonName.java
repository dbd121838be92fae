package org.sis.selectivesync.district;

import java.util.Objects;

/**
 * A person's legal name as the SIS stores it. Treat it as personal data: never log it above FINE.
 *
 * @param first the first name, required
 * @param middle the middle name or {@code null}
 * @param last the last name, required
 */
public record PersonName(String first, String middle, String last) {

  public PersonName {
    Objects.requireNonNull(first, "first name");
    Objects.requireNonNull(last, "last name");
  }

  /** The name as a list shows it: {@code Last, First Middle}. */
  public String listForm() {
    return middle == null || middle.isBlank()
        ? last + ", " + first
        : last + ", " + first + " " + middle;
  }
}
