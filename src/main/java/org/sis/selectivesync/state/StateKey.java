package org.sis.selectivesync.state;

import java.io.Serializable;

/**
 * The key of every record at the state: the district it came from and the district's own key of the
 * record ({@code personID}, {@code enrollmentID}, school or calendar ID).
 *
 * @param districtId the district the record belongs to
 * @param districtKey the district's own ID of the record
 */
public record StateKey(int districtId, long districtKey) implements Serializable {}
