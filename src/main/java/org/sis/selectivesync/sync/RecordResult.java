package org.sis.selectivesync.sync;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

/**
 * The stored outcome of one key of one request, keyed by (request, key) so that a replayed chunk
 * cannot store a second result for a key.
 */
@Entity
@Table(name = "record_result")
@IdClass(RecordResult.ResultKey.class)
public class RecordResult {

  @Id
  @Column(name = "request_id")
  private long requestId;

  @Id
  @Column(name = "record_key")
  private long recordKey;

  @Column(name = "seq_no")
  private int position;

  @Enumerated(EnumType.STRING)
  private Outcome outcome;

  private String reason;

  @Column(name = "parent_object")
  private String parentObject;

  @Column(name = "parent_key")
  private Long parentKey;

  protected RecordResult() {}

  public long getKey() {
    return recordKey;
  }

  public int getPosition() {
    return position;
  }

  public Outcome getOutcome() {
    return outcome;
  }

  public String getReason() {
    return reason;
  }

  public String getParentObject() {
    return parentObject;
  }

  public Long getParentKey() {
    return parentKey;
  }

  /** The identity of a record result. */
  public record ResultKey(long requestId, long recordKey) implements Serializable {}
}
