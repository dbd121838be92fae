package org.sis.selectivesync.rights;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** One recorded change of the rights of a group: who changed what, and when. */
@Entity
@Table(name = "rights_change")
public class RightsAuditEntry {

  @Id
  @Column(name = "change_id")
  @SequenceGenerator(
      name = "rights_change_seq",
      sequenceName = "rights_change_seq",
      allocationSize = 1)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "rights_change_seq")
  private long id;

  @Column(name = "changed_at")
  private LocalDateTime changedAt;

  @Column(name = "changed_by")
  private String changedBy;

  @Column(name = "group_id")
  private int groupId;

  @Column(name = "tool_id")
  private String toolId;

  @Column(name = "right_code")
  private String rightCode;

  private boolean granted;

  protected RightsAuditEntry() {}

  public RightsAuditEntry(
      LocalDateTime changedAt, String changedBy, int groupId, RightChange change) {
    this.changedAt = changedAt;
    this.changedBy = changedBy;
    this.groupId = groupId;
    this.toolId = change.tool();
    this.rightCode = change.right().name();
    this.granted = change.granted();
  }

  public long getId() {
    return id;
  }

  public LocalDateTime getChangedAt() {
    return changedAt;
  }

  public String getChangedBy() {
    return changedBy;
  }

  public int getGroupId() {
    return groupId;
  }

  public RightChange change() {
    return new RightChange(toolId, Right.ofCode(rightCode), granted);
  }
}
