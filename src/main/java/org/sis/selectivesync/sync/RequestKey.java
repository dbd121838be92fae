package org.sis.selectivesync.sync;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

/** One key of a sync request, at its position in the caller's (de-duplicated) list. */
@Entity
@Table(name = "sync_request_key")
@IdClass(RequestKey.Position.class)
public class RequestKey {

  @Id
  @Column(name = "request_id")
  private long requestId;

  @Id
  @Column(name = "seq_no")
  private int position;

  @Column(name = "record_key")
  private long recordKey;

  protected RequestKey() {}

  public int getPosition() {
    return position;
  }

  public long getKey() {
    return recordKey;
  }

  /** The identity of a request key. */
  public record Position(long requestId, int position) implements Serializable {}
}
