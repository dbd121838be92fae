package org.sis.selectivesync.sync;

import java.time.LocalDate;

/** A district calendar with its school and district, the parents of an enrollment. */
public record CalendarSnapshot(
    int calendarId,
    int schoolYear,
    String name,
    LocalDate startDate,
    LocalDate endDate,
    int schoolId,
    String schoolName,
    String stateSchoolNumber,
    int districtId,
    String districtName,
    String districtStateCode) {}
