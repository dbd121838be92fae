package org.sis.selectivesync.rights;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * Publishes the REST resources under {@code /api} until the sync feature's application class does;
 * a WAR may hold only one of the two, so this one goes when they meet.
 */
@ApplicationPath("api")
public class RightsRestApplication extends Application {}
