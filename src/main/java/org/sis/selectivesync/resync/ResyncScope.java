package org.sis.selectivesync.resync;

import java.util.ArrayList;
import java.util.List;
import org.sis.selectivesync.sync.SyncMessages;

/**
 * Which records a batch resync sends: an object of a district, optionally narrowed to a school, a
 * calendar and a school year (all that apply). For PersonIdentity a narrowed scope means the
 * persons with an enrollment there.
 *
 * @param object {@code PersonIdentity} or {@code Enrollment}, as the user or client named it
 * @param districtId the district, or {@code null} when none was named
 * @param schoolId a school of the district, or {@code null} for every school
 * @param calendarId a calendar of the district, or {@code null} for every calendar
 * @param schoolYear the school year by its ending year (2022 for 2021-2022), or {@code null}
 */
public record ResyncScope(
    String object, Integer districtId, Integer schoolId, Integer calendarId, Integer schoolYear) {

  /** Whether the scope is narrower than the whole district. */
  public boolean isNarrowed() {
    return schoolId != null || calendarId != null || schoolYear != null;
  }

  /** The scope in words for the Sync History, e.g. {@code School 255903044, 2021-2022}. */
  public String describe() {
    List<String> parts = new ArrayList<>();
    if (schoolId != null) {
      parts.add(SyncMessages.format("resync.scope.school", schoolId));
    }
    if (calendarId != null) {
      parts.add(SyncMessages.format("resync.scope.calendar", calendarId));
    }
    if (schoolYear != null) {
      parts.add(SyncMessages.format("resync.scope.year", schoolYear - 1, schoolYear));
    }
    return parts.isEmpty() ? SyncMessages.format("resync.scope.all") : String.join(", ", parts);
  }
}
