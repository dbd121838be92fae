package org.sis.selectivesync.rights;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The Tool Rights tool: reads and changes the rights of user groups, recording each change. Used by
 * the Tool Rights page and the REST API alike.
 */
@ApplicationScoped
public class RightsAdministration {

  private static final Logger LOG = Logger.getLogger(RightsAdministration.class.getName());

  @PersistenceContext(unitName = "tool")
  private EntityManager tool;

  @Inject private UserDirectory directory;

  @Inject private ToolCatalog catalog;

  @Inject private Caller caller;

  private final Clock clock = Clock.systemDefaultZone();

  /** Every group, by name. */
  @RequiresRight(tool = Tools.TOOL_RIGHTS, right = Right.R)
  public List<UserGroup> groups() {
    return directory.groups();
  }

  /**
   * The rights granted to a group.
   *
   * @throws UnknownGroupException when there is no such group
   */
  @RequiresRight(tool = Tools.TOOL_RIGHTS, right = Right.R)
  public GrantedRights rightsOf(int groupId) {
    requireGroup(groupId);
    return directory.rightsOf(Set.of(groupId));
  }

  /**
   * Makes the group's rights exactly the given ones and records every right granted or revoked
   * under the caller's name. Rights without a function on their tool, and unknown tools, are
   * ignored.
   *
   * @return the changes made, none when the rights were already so
   * @throws UnknownGroupException when there is no such group
   */
  @Transactional
  @RequiresRight(tool = Tools.TOOL_RIGHTS, right = Right.W)
  public List<RightChange> replaceRights(int groupId, GrantedRights wanted) {
    UserGroup group = requireGroup(groupId);
    List<RightChange> changes = directory.rightsOf(Set.of(groupId)).changesTo(functional(wanted));
    LocalDateTime now = LocalDateTime.now(clock);
    for (RightChange change : changes) {
      apply(groupId, change);
      tool.persist(new RightsAuditEntry(now, caller.userName(), groupId, change));
    }
    LOG.log(
        Level.INFO,
        "{0} changed {1} right(s) of group {2}",
        new Object[] {caller.userName(), changes.size(), group.getName()});
    return changes;
  }

  /** The latest recorded changes of every group, newest first. */
  @RequiresRight(tool = Tools.TOOL_RIGHTS, right = Right.R)
  public List<RightsAuditEntry> recentChanges(int limit) {
    return tool.createQuery(
            "SELECT e FROM RightsAuditEntry e ORDER BY e.changedAt DESC, e.id DESC",
            RightsAuditEntry.class)
        .setMaxResults(limit)
        .getResultList();
  }

  private void apply(int groupId, RightChange change) {
    Grant grant = new Grant(change.tool(), change.right());
    if (change.granted()) {
      tool.persist(new RightGrant(groupId, grant));
    } else {
      RightGrant.Key key = new RightGrant.Key(groupId, grant.tool(), grant.right().name());
      tool.remove(tool.find(RightGrant.class, key));
    }
  }

  private GrantedRights functional(GrantedRights wanted) {
    List<Grant> grants =
        wanted.grants().stream()
            .filter(
                grant ->
                    catalog.tool(grant.tool()).map(t -> t.hasFunction(grant.right())).orElse(false))
            .toList();
    return GrantedRights.ofGrants(grants);
  }

  private UserGroup requireGroup(int groupId) {
    return directory.group(groupId).orElseThrow(() -> new UnknownGroupException(groupId));
  }
}
