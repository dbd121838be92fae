package org.sis.selectivesync.sync;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.sis.selectivesync.district.District;
import org.sis.selectivesync.state.StateCalendar;
import org.sis.selectivesync.state.StateDistrict;
import org.sis.selectivesync.state.StateKey;
import org.sis.selectivesync.state.StateSchool;

/**
 * Sends the parents of enrollments and persons first (Check dependencies): the district, then
 * schools, then calendars, each only when missing or different at the state. Works inside the
 * caller's state transaction and flushes after each level so that children find their parents.
 */
final class ParentCopy {

  private final EntityManager state;
  private final int districtId;

  ParentCopy(EntityManager state, int districtId) {
    this.state = state;
    this.districtId = districtId;
  }

  /** Whether the district itself is at the state. */
  boolean districtPresent() {
    return state.find(StateDistrict.class, districtId) != null;
  }

  /** Sends the district if the state lacks it; true when it was sent. */
  boolean sendDistrict(District district) {
    if (districtPresent()) {
      return false;
    }
    state.persist(new StateDistrict(district.getId(), district.getName(), district.getStateCode()));
    state.flush();
    return true;
  }

  /**
   * Sends the calendars (and their schools) that are missing or differ at the state.
   *
   * @return descriptions of what was sent, e.g. {@code Calendar 3003}
   */
  List<String> sendCalendars(Collection<CalendarSnapshot> calendars) {
    List<String> sent = new ArrayList<>();
    for (CalendarSnapshot calendar : calendars) {
      if (sendSchool(calendar)) {
        sent.add(SyncObject.SCHOOL.displayName() + " " + calendar.schoolId());
      }
    }
    state.flush();
    for (CalendarSnapshot calendar : calendars) {
      if (sendCalendar(calendar)) {
        sent.add(SyncObject.CALENDAR.displayName() + " " + calendar.calendarId());
      }
    }
    state.flush();
    return sent;
  }

  private boolean sendSchool(CalendarSnapshot calendar) {
    StateKey key = new StateKey(districtId, calendar.schoolId());
    StateSchool school = state.find(StateSchool.class, key);
    if (school != null
        && Objects.equals(school.getName(), calendar.schoolName())
        && Objects.equals(school.getStateSchoolNumber(), calendar.stateSchoolNumber())) {
      return false;
    }
    if (school == null) {
      state.persist(new StateSchool(key, calendar.schoolName(), calendar.stateSchoolNumber()));
    } else {
      school.update(calendar.schoolName(), calendar.stateSchoolNumber());
    }
    return true;
  }

  private boolean sendCalendar(CalendarSnapshot calendar) {
    StateKey key = new StateKey(districtId, calendar.calendarId());
    StateCalendar copy = state.find(StateCalendar.class, key);
    if (copy != null && matches(calendar, copy)) {
      return false;
    }
    if (copy == null) {
      copy = new StateCalendar(key, calendar.schoolId(), calendar.schoolYear(), calendar.name());
      state.persist(copy);
    } else {
      copy.update(calendar.schoolId(), calendar.schoolYear(), calendar.name());
    }
    copy.setDates(calendar.startDate(), calendar.endDate());
    return true;
  }

  private static boolean matches(CalendarSnapshot calendar, StateCalendar copy) {
    return copy.getSchoolId() == calendar.schoolId()
        && copy.getSchoolYear() == calendar.schoolYear()
        && Objects.equals(copy.getName(), calendar.name())
        && Objects.equals(copy.getStartDate(), calendar.startDate())
        && Objects.equals(copy.getEndDate(), calendar.endDate());
  }
}
