package org.sis.selectivesync.edfi;

import java.time.LocalDate;

/** The fields of an {@code enrollment} row the import owns; the host's flags are not among them. */
record EnrollmentRow(
    long enrollmentId,
    long personId,
    int calendarId,
    String grade,
    LocalDate startDate,
    LocalDate endDate,
    String endStatus) {}
