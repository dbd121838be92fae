package org.sis.selectivesync.rights;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Reads users, their groups and the rights granted to groups from the tool database. */
@ApplicationScoped
public class UserDirectory {

  @PersistenceContext(unitName = "tool")
  private EntityManager tool;

  public Optional<UserAccount> user(String userName) {
    return Optional.ofNullable(tool.find(UserAccount.class, userName));
  }

  /** What the user may reach, or empty when there is no such user. */
  public Optional<CallerScope> scopeOf(String userName) {
    return user(userName).map(this::scopeOf);
  }

  private CallerScope scopeOf(UserAccount user) {
    List<Integer> groupIds = user.getGroups().stream().map(UserGroup::getId).toList();
    return new CallerScope(
        user.getUserName(), user.getDisplayName(), user.getDistrictId(), rightsOf(groupIds));
  }

  /** The union of the rights granted to the groups. */
  public GrantedRights rightsOf(Collection<Integer> groupIds) {
    if (groupIds.isEmpty()) {
      return GrantedRights.none();
    }
    List<Grant> grants =
        tool
            .createQuery("SELECT g FROM RightGrant g WHERE g.groupId IN :groups", RightGrant.class)
            .setParameter("groups", groupIds)
            .getResultList()
            .stream()
            .map(RightGrant::grant)
            .toList();
    return GrantedRights.ofGrants(grants);
  }

  /** Every group, by name. */
  public List<UserGroup> groups() {
    return tool.createQuery("SELECT g FROM UserGroup g ORDER BY g.name", UserGroup.class)
        .getResultList();
  }

  public Optional<UserGroup> group(int groupId) {
    return Optional.ofNullable(tool.find(UserGroup.class, groupId));
  }

  /** Whether any user exists yet. */
  public boolean hasUsers() {
    return tool.createQuery("SELECT COUNT(u) FROM UserAccount u", Long.class).getSingleResult() > 0;
  }
}
