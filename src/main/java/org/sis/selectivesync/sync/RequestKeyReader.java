package org.sis.selectivesync.sync;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Reads a request's keys page by page in position order, from the later of its checkpoint and the
 * last key with a stored result: a restarted job and a new execution of an interrupted request both
 * resume where the work ended. The checkpoint is the position of the last key read, so memory stays
 * one page.
 */
@Named
@Dependent
public class RequestKeyReader extends AbstractItemReader {

  /** The sync request whose keys are read (job parameter {@code requestId}, required). */
  @Inject @BatchProperty private String requestId;

  /** Keys fetched per query (five chunks' worth, set by {@link SyncJobs}; 1000 if missing). */
  @Inject @BatchProperty private String pageSize;

  @Inject private RequestStore requests;

  @Inject private ResultStore results;

  private final Deque<RequestKey> page = new ArrayDeque<>();
  private int lastPosition = -1;
  private boolean exhausted;

  @Override
  public void open(Serializable checkpoint) {
    int stored = results.lastStoredPosition(Long.parseLong(requestId));
    lastPosition = checkpoint == null ? stored : Math.max((Integer) checkpoint, stored);
  }

  @Override
  public Object readItem() {
    if (page.isEmpty() && !exhausted) {
      int size = pageSize == null ? 1000 : Integer.parseInt(pageSize);
      page.addAll(requests.keysAfter(Long.parseLong(requestId), lastPosition, size));
      exhausted = page.size() < size;
    }
    RequestKey next = page.poll();
    if (next != null) {
      lastPosition = next.getPosition();
    }
    return next;
  }

  @Override
  public Serializable checkpointInfo() {
    return lastPosition;
  }
}
