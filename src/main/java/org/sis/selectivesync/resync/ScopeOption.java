package org.sis.selectivesync.resync;

import java.io.Serializable;

/** A district, school, calendar or school year as the page's pickers list it. */
public record ScopeOption(int id, String label) implements Serializable {}
