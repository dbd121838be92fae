package org.sis.selectivesync.rights;

/**
 * The ids of the plugin's tools as the tool-rights descriptor names them, for use in {@link
 * RequiresRight}.
 */
public final class Tools {

  /** Selective Sync: R sees it with history and reports, W runs syncs, D clears history. */
  public static final String SELECTIVE_SYNC = "selective-sync";

  /** Resync State Data, Batch: R views and runs a batch resync. */
  public static final String RESYNC_BATCH = "resync-batch";

  /** Verification Summary: R views, W generates the report, A re-verifies. */
  public static final String VERIFICATION_SUMMARY = "verification-summary";

  /** Tool Rights: R views, W changes rights. */
  public static final String TOOL_RIGHTS = "tool-rights";

  /** Ed-Fi Import: R views the import page, W imports files. */
  public static final String EDFI_IMPORT = "edfi-import";

  private Tools() {}
}
