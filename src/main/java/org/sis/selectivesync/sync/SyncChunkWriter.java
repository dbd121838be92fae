package org.sis.selectivesync.sync;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * Hands each chunk of keys to {@link SyncChunk}, which syncs it and stores its results, first
 * waiting as long as the request's throttle calls for (its rate counted from the start of this
 * step).
 */
@Named
@Dependent
public class SyncChunkWriter extends AbstractItemWriter {

  /** The sync request the keys belong to (job parameter {@code requestId}, required). */
  @Inject @BatchProperty private String requestId;

  @Inject private RequestStore requests;

  @Inject private SyncChunk syncChunk;

  private SyncRequest request;

  private Throttle throttle;

  @Override
  public void open(Serializable checkpoint) {
    request = requests.find(Long.parseLong(requestId)).orElseThrow();
    throttle = Throttle.of(request.getMaxRecordsPerSecond());
  }

  @Override
  public void writeItems(List<Object> items) {
    throttle.awaitTurn(items.size());
    syncChunk.sync(request, items.stream().map(RequestKey.class::cast).toList());
  }
}
