package org.sis.selectivesync.sync;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The REST API of the plugin under {@code /api}: JSON, with the same rights as the pages. */
@ApplicationPath("api")
public class SyncApi extends Application {}
