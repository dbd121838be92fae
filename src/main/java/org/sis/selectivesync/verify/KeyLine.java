package org.sis.selectivesync.verify;

import java.util.List;

/**
 * One key of a set as the page and the API list it.
 *
 * @param key the record's key
 * @param description a short description of the record, or {@code null} when there is none
 * @param differences for the set DIFFERENT the differing fields with both values, else empty
 */
public record KeyLine(long key, String description, List<FieldDifference> differences) {}
