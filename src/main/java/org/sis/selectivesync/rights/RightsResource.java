package org.sis.selectivesync.rights;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * The REST side of Tool Rights and of the signed-in user:
 *
 * <ul>
 *   <li>{@code GET /api/me}: the caller's name, district and rights;
 *   <li>{@code GET /api/tool-rights/groups/{id}}: a group's rights as {@code {"tool": "RW"}};
 *   <li>{@code PUT /api/tool-rights/groups/{id}}: replaces them, answers the changes made;
 *   <li>{@code GET /api/tool-rights/changes?limit=}: the latest recorded changes.
 * </ul>
 */
@Path("")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class RightsResource {

  @Inject private Caller caller;

  @Inject private RightsAdministration administration;

  @GET
  @Path("me")
  public Me me() {
    Integer district = caller.districtId().isPresent() ? caller.districtId().getAsInt() : null;
    return new Me(caller.userName(), caller.isStateUser(), district, caller.rights().asCodes());
  }

  @GET
  @Path("tool-rights/groups/{id}")
  public Map<String, String> rightsOf(@PathParam("id") int groupId) {
    return administration.rightsOf(groupId).asCodes();
  }

  @PUT
  @Path("tool-rights/groups/{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  public List<Change> replaceRights(@PathParam("id") int groupId, Map<String, String> codes) {
    return administration.replaceRights(groupId, GrantedRights.ofCodes(codes)).stream()
        .map(Change::of)
        .toList();
  }

  @GET
  @Path("tool-rights/changes")
  public List<AuditRow> changes(@QueryParam("limit") @DefaultValue("50") int limit) {
    return administration.recentChanges(Math.min(limit, 500)).stream().map(AuditRow::of).toList();
  }

  /** The caller as {@code GET /api/me} shows it; {@code districtId} is null for a state user. */
  public record Me(
      String userName, boolean stateUser, Integer districtId, Map<String, String> rights) {}

  /** One right granted or revoked. */
  public record Change(String tool, String right, boolean granted) {
    static Change of(RightChange change) {
      return new Change(change.tool(), change.right().name(), change.granted());
    }
  }

  /** One recorded change with who made it and when. */
  public record AuditRow(
      LocalDateTime changedAt,
      String changedBy,
      int groupId,
      String tool,
      String right,
      boolean granted) {
    static AuditRow of(RightsAuditEntry entry) {
      RightChange change = entry.change();
      return new AuditRow(
          entry.getChangedAt(),
          entry.getChangedBy(),
          entry.getGroupId(),
          change.tool(),
          change.right().name(),
          change.granted());
    }
  }
}
