package org.sis.selectivesync.rights;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.HashSet;
import java.util.OptionalInt;
import java.util.Set;

/**
 * A user who may sign in: a district user (one district) or a state user (no district, every
 * district). The password is kept only as a PBKDF2 hash.
 */
@Entity
@Table(name = "app_user")
public class UserAccount {

  @Id
  @Column(name = "user_name")
  private String userName;

  @Column(name = "display_name")
  private String displayName;

  @Column(name = "password_hash")
  private String passwordHash;

  @Column(name = "district_id")
  private Integer districtId;

  @ManyToMany(fetch = FetchType.EAGER)
  @JoinTable(
      name = "user_group_member",
      joinColumns = @JoinColumn(name = "user_name"),
      inverseJoinColumns = @JoinColumn(name = "group_id"))
  private Set<UserGroup> groups = new HashSet<>();

  @Version private int version;

  protected UserAccount() {}

  /**
   * @param districtId the user's district, or null for a state user
   */
  public UserAccount(String userName, String displayName, String passwordHash, Integer districtId) {
    this.userName = userName;
    this.displayName = displayName;
    this.passwordHash = passwordHash;
    this.districtId = districtId;
  }

  public String getUserName() {
    return userName;
  }

  public String getDisplayName() {
    return displayName;
  }

  public String getPasswordHash() {
    return passwordHash;
  }

  /** The user's district; empty for a state user. */
  public OptionalInt getDistrictId() {
    return districtId == null ? OptionalInt.empty() : OptionalInt.of(districtId);
  }

  public Set<UserGroup> getGroups() {
    return Set.copyOf(groups);
  }

  public void join(UserGroup group) {
    groups.add(group);
  }
}
