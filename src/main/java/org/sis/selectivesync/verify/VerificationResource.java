package org.sis.selectivesync.verify;

import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sis.selectivesync.sync.BadJsonMapper;
import org.sis.selectivesync.sync.SyncRequest;

/**
 * {@code /api/verifications}: start a verification run, follow it, page through its sets, send a
 * set to Selective Sync and download its report. The rights are those of {@link
 * VerificationService}.
 */
@Path("verifications")
@Produces(MediaType.APPLICATION_JSON)
public class VerificationResource {

  private static final int MAX_PAGE_SIZE = 1_000;

  @Inject private VerificationService verification;

  @Context private UriInfo uri;

  /** Starts a run: 202 with its ID, 400 naming a bad object or district. */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response start(JsonValue json) {
    JsonObject body = BadJsonMapper.object(json);
    VerificationRun run = verification.start(text(body, "object"), district(body));
    return Response.accepted(Map.of("id", run.id(), "status", run.status()))
        .location(uri.getAbsolutePathBuilder().path(Long.toString(run.id())).build())
        .build();
  }

  /** A run's status, progress and counts. */
  @GET
  @Path("{id}")
  public RunView status(@PathParam("id") long id) {
    return RunView.of(existing(id));
  }

  /** One page of a set of a run, in key order. */
  @GET
  @Path("{id}/keys")
  public List<KeyLine> keys(
      @PathParam("id") long id,
      @QueryParam("set") String set,
      @QueryParam("page") @DefaultValue("0") int page,
      @QueryParam("size") @DefaultValue("100") int size) {
    existing(id);
    int pageSize = Math.min(MAX_PAGE_SIZE, Math.max(1, size));
    return verification.keys(id, set, page, pageSize, Locale.ENGLISH);
  }

  /**
   * Sends keys of a set to Selective Sync: {@code {"set": "DIFFERENT", "keys": [..] (optional,
   * default the whole set), "checkDependencies": false}}; 202 with the sync request's ID.
   */
  @POST
  @Path("{id}/sync-requests")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response send(@PathParam("id") long id, JsonValue json) {
    JsonObject body = BadJsonMapper.object(json);
    existing(id);
    SyncRequest request =
        verification.send(
            id, text(body, "set"), keys(body), BadJsonMapper.flag(body, "checkDependencies"));
    return Response.accepted(
            Map.of(
                "requestId", request.getId(),
                "status", request.getStatus(),
                "keyCount", request.getKeyCount()))
        .build();
  }

  /** The report of a run as a file: {@code format=csv|xlsx|pdf}. */
  @GET
  @Path("{id}/report")
  @Produces({
    "text/csv",
    "application/pdf",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    MediaType.APPLICATION_JSON
  })
  public Response report(@PathParam("id") long id, @QueryParam("format") String format) {
    existing(id);
    VerificationExport export = verification.export(id, format, Locale.ENGLISH);
    StreamingOutput body = export::writeTo;
    return Response.ok(body, export.contentType())
        .header("Content-Disposition", "attachment; filename=\"" + export.fileName() + "\"")
        .build();
  }

  private VerificationRun existing(long id) {
    return verification
        .run(id)
        .orElseThrow(
            () ->
                new NotFoundException(VerificationMessages.format("verify.error.unknownRun", id)));
  }

  private static String text(JsonObject body, String name) {
    JsonValue value = body == null ? JsonValue.NULL : body.getOrDefault(name, JsonValue.NULL);
    return value instanceof JsonString string ? string.getString() : null;
  }

  private static Integer district(JsonObject body) {
    JsonValue value = body == null ? null : body.get("districtId");
    if (value instanceof JsonNumber number && number.isIntegral()) {
      try {
        return number.intValueExact();
      } catch (ArithmeticException e) {
        throw VerificationMessages.invalid("verify.error.unknownDistrict", number.toString());
      }
    }
    throw VerificationMessages.invalid("verify.error.unknownDistrict", String.valueOf(value));
  }

  private static List<Long> keys(JsonObject body) {
    JsonValue value = body.getOrDefault("keys", JsonValue.NULL);
    List<Long> keys = new ArrayList<>();
    if (value.getValueType() != JsonValue.ValueType.ARRAY) {
      return keys;
    }
    for (JsonValue key : value.asJsonArray()) {
      if (!(key instanceof JsonNumber number) || !number.isIntegral()) {
        throw VerificationMessages.invalid("verify.error.badKey", key.toString());
      }
      try {
        keys.add(number.longValueExact());
      } catch (ArithmeticException e) {
        throw VerificationMessages.invalid("verify.error.badKey", key.toString());
      }
    }
    return keys;
  }
}
