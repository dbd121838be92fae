package org.sis.selectivesync.sync;

import java.util.Arrays;
import java.util.Optional;

/** A kind of record the state keeps a copy of. Only persons and enrollments are requested. */
public enum SyncObject {
  DISTRICT("District", false),
  SCHOOL("School", false),
  CALENDAR("Calendar", false),
  PERSON_IDENTITY("PersonIdentity", true),
  ENROLLMENT("Enrollment", true);

  private final String displayName;
  private final boolean requestable;

  SyncObject(String displayName, boolean requestable) {
    this.displayName = displayName;
    this.requestable = requestable;
  }

  /** The name users and the API use: {@code PersonIdentity}, {@code Enrollment}, … */
  public String displayName() {
    return displayName;
  }

  /** Whether a sync request may name this object. */
  public boolean isRequestable() {
    return requestable;
  }

  /** The requestable object of that exact name, if any (no defaulting, case-sensitive). */
  public static Optional<SyncObject> requestable(String name) {
    return Arrays.stream(values())
        .filter(object -> object.requestable && object.displayName.equals(name))
        .findFirst();
  }

  /** The object of a display name as stored in the tool database. */
  public static SyncObject ofDisplayName(String name) {
    return Arrays.stream(values())
        .filter(object -> object.displayName.equals(name))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("Unknown object " + name));
  }
}
