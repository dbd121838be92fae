package org.sis.selectivesync.rights;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

/** One right on one tool granted to one group: a row of {@code tool_right_grant}. */
@Entity
@Table(name = "tool_right_grant")
@IdClass(RightGrant.Key.class)
public class RightGrant {

  @Id
  @Column(name = "group_id")
  private int groupId;

  @Id
  @Column(name = "tool_id")
  private String toolId;

  @Id
  @Column(name = "right_code")
  private String rightCode;

  protected RightGrant() {}

  public RightGrant(int groupId, Grant grant) {
    this.groupId = groupId;
    this.toolId = grant.tool();
    this.rightCode = grant.right().name();
  }

  public int getGroupId() {
    return groupId;
  }

  public Grant grant() {
    return new Grant(toolId, Right.ofCode(rightCode));
  }

  /** The primary key of a grant. */
  public record Key(int groupId, String toolId, String rightCode) implements Serializable {}
}
