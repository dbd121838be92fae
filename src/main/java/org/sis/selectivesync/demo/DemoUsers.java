package org.sis.selectivesync.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.sis.selectivesync.database.Database;
import org.sis.selectivesync.database.DatabaseConnections;
import org.sis.selectivesync.database.DatabasesReady;
import org.sis.selectivesync.rights.Grant;
import org.sis.selectivesync.rights.GrantedRights;
import org.sis.selectivesync.rights.Tools;
import org.sis.selectivesync.rights.UserDirectory;
import org.sis.selectivesync.signin.PasswordHashes;

/**
 * Creates the demo groups and users, listed with their passwords in the README, when the demo is
 * enabled and the tool database has no user yet. A real installation gets its users from the host.
 */
@ApplicationScoped
public class DemoUsers {

  private static final Logger LOG = Logger.getLogger(DemoUsers.class.getName());

  private static final int BEAR_CREEK_ISD = 255903;
  private static final int LAKESIDE_ISD = 255902;

  private static final String INSERT_GROUP =
      "INSERT INTO user_group (group_id, name, description) VALUES (?, ?, ?)";
  private static final String INSERT_GRANT =
      "INSERT INTO tool_right_grant (group_id, tool_id, right_code) VALUES (?, ?, ?)";
  private static final String INSERT_USER =
      "INSERT INTO app_user (user_name, display_name, password_hash, district_id)"
          + " VALUES (?, ?, ?, ?)";
  private static final String INSERT_MEMBER =
      "INSERT INTO user_group_member (user_name, group_id) VALUES (?, ?)";

  private static final List<DemoGroup> GROUPS =
      List.of(
          new DemoGroup(
              1,
              "State Administrators",
              "Every tool, every district",
              Map.of(
                  Tools.SELECTIVE_SYNC, "RWD",
                  Tools.RESYNC_BATCH, "R",
                  Tools.VERIFICATION_SUMMARY, "RWA",
                  Tools.EDFI_IMPORT, "RW",
                  Tools.TOOL_RIGHTS, "RW")),
          new DemoGroup(
              2,
              "District Administrators",
              "Syncs, verification and import in their own district",
              Map.of(
                  Tools.SELECTIVE_SYNC, "RWD",
                  Tools.RESYNC_BATCH, "R",
                  Tools.VERIFICATION_SUMMARY, "RWA",
                  Tools.EDFI_IMPORT, "RW")),
          new DemoGroup(
              3,
              "Read Only",
              "Sees tools, history, reports and rights; changes nothing",
              Map.of(
                  Tools.SELECTIVE_SYNC, "R",
                  Tools.VERIFICATION_SUMMARY, "R",
                  Tools.TOOL_RIGHTS, "R")),
          new DemoGroup(
              4, "Rights Administrators", "Grants tool rights", Map.of(Tools.TOOL_RIGHTS, "RW")));

  private static final List<DemoUser> USERS =
      List.of(
          new DemoUser("state.admin", "State Administrator", "StateAdmin1!", null, 1),
          new DemoUser(
              "bearcreek.admin", "Bear Creek Administrator", "BearCreek1!", BEAR_CREEK_ISD, 2),
          new DemoUser("lakeside.admin", "Lakeside Administrator", "Lakeside1!", LAKESIDE_ISD, 2),
          new DemoUser("viewer", "Read-only Viewer", "Viewer1!", null, 3),
          new DemoUser("rights.admin", "Rights Administrator", "Rights1!", null, 4));

  @Inject private DatabaseConnections connections;

  @Inject private UserDirectory directory;

  @Inject private PasswordHashes hashes;

  /** Whether demo data, and with it the demo users, is loaded (default true). */
  @Inject
  @ConfigProperty(name = "selectivesync.demo.enabled", defaultValue = "true")
  private boolean enabled;

  void create(@Observes DatabasesReady ready) throws SQLException {
    if (!enabled || directory.hasUsers()) {
      return;
    }
    try (Connection connection = connections.dataSource(Database.TOOL).getConnection()) {
      for (DemoGroup group : GROUPS) {
        insertGroup(connection, group);
      }
      for (DemoUser user : USERS) {
        insertUser(connection, user);
      }
    }
    LOG.log(Level.INFO, "Created {0} demo users", USERS.size());
  }

  private static void insertGroup(Connection connection, DemoGroup group) throws SQLException {
    update(connection, INSERT_GROUP, group.id(), group.name(), group.description());
    for (Grant grant : GrantedRights.ofCodes(group.rights()).grants()) {
      update(connection, INSERT_GRANT, group.id(), grant.tool(), grant.right().name());
    }
  }

  private void insertUser(Connection connection, DemoUser user) throws SQLException {
    String hash = hashes.hash(user.password().toCharArray());
    update(connection, INSERT_USER, user.userName(), user.displayName(), hash, user.districtId());
    update(connection, INSERT_MEMBER, user.userName(), user.groupId());
  }

  private static void update(Connection connection, String sql, Object... values)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        statement.setObject(i + 1, values[i]);
      }
      statement.executeUpdate();
    }
  }

  private record DemoGroup(int id, String name, String description, Map<String, String> rights) {}

  private record DemoUser(
      String userName, String displayName, String password, Integer districtId, int groupId) {}
}
