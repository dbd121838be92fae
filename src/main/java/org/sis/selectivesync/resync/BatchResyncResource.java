package org.sis.selectivesync.resync;

import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import org.sis.selectivesync.sync.BadJsonMapper;
import org.sis.selectivesync.sync.InvalidRequestException;
import org.sis.selectivesync.sync.SyncMessages;
import org.sis.selectivesync.sync.SyncRequest;

/**
 * {@code /api/batch-resyncs}: count the records of a scope, and queue a batch resync of them. The
 * queued request is followed under {@code /api/sync-requests/{id}} like any other.
 */
@Path("batch-resyncs")
@Produces(MediaType.APPLICATION_JSON)
public class BatchResyncResource {

  @Inject private BatchResync resync;

  @Context private UriInfo uri;

  /**
   * Queues a batch resync: 202 with {@code {"id","status","keyCount"}} and the request's location,
   * or 400 naming what is wrong.
   */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response start(JsonValue json) {
    JsonObject body = BadJsonMapper.object(json);
    ResyncScope scope =
        new ResyncScope(
            body.getString("object", null),
            number(body, "districtId"),
            number(body, "schoolId"),
            number(body, "calendarId"),
            number(body, "schoolYear"));
    SyncRequest request =
        resync.start(
            scope,
            BadJsonMapper.flag(body, "checkDependencies"),
            number(body, "maxRecordsPerSecond"));
    return Response.accepted(
            Map.of(
                "id",
                request.getId(),
                "status",
                request.getStatus(),
                "keyCount",
                request.getKeyCount()))
        .location(
            uri.getBaseUriBuilder()
                .path("sync-requests")
                .path(Long.toString(request.getId()))
                .build())
        .build();
  }

  /** How many records a batch resync of the scope would send: {@code {"count": n}}. */
  @GET
  @Path("count")
  public Map<String, Long> count(
      @QueryParam("object") String object,
      @QueryParam("districtId") String districtId,
      @QueryParam("schoolId") String schoolId,
      @QueryParam("calendarId") String calendarId,
      @QueryParam("schoolYear") String schoolYear) {
    ResyncScope scope =
        new ResyncScope(
            object,
            number("districtId", districtId),
            number("schoolId", schoolId),
            number("calendarId", calendarId),
            number("schoolYear", schoolYear));
    return Map.of("count", resync.count(scope));
  }

  private static Integer number(JsonObject body, String name) {
    JsonValue value = body.getOrDefault(name, JsonValue.NULL);
    if (value == JsonValue.NULL) {
      return null;
    }
    if (value instanceof JsonNumber number && number.isIntegral()) {
      try {
        return number.intValueExact();
      } catch (ArithmeticException beyondRange) {
        throw notANumber(name, value.toString());
      }
    }
    throw notANumber(name, value instanceof JsonString s ? s.getString() : value.toString());
  }

  private static Integer number(String name, String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return Integer.valueOf(text.strip());
    } catch (NumberFormatException e) {
      throw notANumber(name, text);
    }
  }

  private static InvalidRequestException notANumber(String name, String value) {
    return new InvalidRequestException(SyncMessages.format("resync.badNumber", name, value));
  }
}
