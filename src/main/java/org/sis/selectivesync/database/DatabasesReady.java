package org.sis.selectivesync.database;

/** Fired once at start-up after every database answered and its schema was migrated. */
public record DatabasesReady() {}
