package org.sis.selectivesync.rights;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A group of users; tool rights are granted to groups, never to single users. */
@Entity
@Table(name = "user_group")
public class UserGroup {

  @Id
  @Column(name = "group_id")
  private int id;

  private String name;

  private String description;

  protected UserGroup() {}

  public UserGroup(int id, String name, String description) {
    this.id = id;
    this.name = name;
    this.description = description;
  }

  public int getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public String getDescription() {
    return description;
  }
}
