package org.sis.selectivesync.report;

import org.sis.selectivesync.sync.SyncMessages;

/** No sync request has the ID asked for (or it was cleared from the history). */
public class RequestNotFoundException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final long requestId;

  public RequestNotFoundException(long requestId) {
    super(SyncMessages.format("request.notFound", requestId));
    this.requestId = requestId;
  }

  /** The ID that matched no request. */
  public long requestId() {
    return requestId;
  }
}
