package org.sis.selectivesync.sync;

import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.sis.selectivesync.history.SyncHistory;

/** {@code /api/sync-requests}: submit requests, follow them, read and clear the history. */
@Path("sync-requests")
@Produces(MediaType.APPLICATION_JSON)
public class SyncRequestResource {

  private static final int MAX_PAGE_SIZE = 1_000;

  @Inject private SyncService sync;

  @Inject private SyncHistory history;

  @Inject private SyncSettings settings;

  @Context private UriInfo uri;

  /** Validates and queues a request: 202 with its ID, or 400 naming what is wrong. */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response submit(InputStream json) {
    SubmittedBody submitted = SubmittedBody.read(json, settings);
    JsonObject body = submitted.members();
    String object = text(body, "object");
    Integer districtId = body.containsKey("districtId") ? number(body, "districtId") : null;
    boolean parents = BadJsonMapper.flag(body, "checkDependencies");
    SyncRequest request =
        submitted.keyArray() != null
            ? sync.submit(object, districtId, submitted.keyArray(), parents)
            : sync.submit(
                object, districtId, keyText(body.getOrDefault("keys", JsonValue.NULL)), parents);
    return Response.accepted(
            Map.of(
                "id",
                request.getId(),
                "status",
                request.getStatus(),
                "keyCount",
                request.getKeyCount()))
        .location(uri.getAbsolutePathBuilder().path(Long.toString(request.getId())).build())
        .build();
  }

  /** A request's status, progress and counts. */
  @GET
  @Path("{id}")
  public RequestView status(@PathParam("id") long id) {
    return RequestView.of(history.request(id).orElseThrow(() -> notFound(id)));
  }

  /** One page of a request's results, optionally of one outcome. */
  @GET
  @Path("{id}/results")
  public List<ResultView> results(
      @PathParam("id") long id,
      @QueryParam("outcome") Outcome outcome,
      @QueryParam("page") @DefaultValue("0") int page,
      @QueryParam("size") @DefaultValue("100") int size) {
    history.request(id).orElseThrow(() -> notFound(id));
    return history.results(id, outcome, Math.max(0, page), pageSize(size)).stream()
        .map(ResultView::of)
        .toList();
  }

  /** The history, newest first. */
  @GET
  public List<RequestView> list(
      @QueryParam("districtId") Integer districtId,
      @QueryParam("page") @DefaultValue("0") int page,
      @QueryParam("size") @DefaultValue("50") int size) {
    return history.requests(districtId, Math.max(0, page), pageSize(size)).stream()
        .map(RequestView::of)
        .toList();
  }

  /** Clear History: deletes every finished request; running ones stay. */
  @DELETE
  public Map<String, Integer> clear(@QueryParam("districtId") Integer districtId) {
    return Map.of("deleted", history.clear(districtId));
  }

  private static int pageSize(int size) {
    return Math.min(MAX_PAGE_SIZE, Math.max(1, size));
  }

  private static NotFoundException notFound(long id) {
    return new NotFoundException(SyncMessages.format("request.notFound", id));
  }

  private static String text(JsonObject body, String name) {
    JsonValue value = body.getOrDefault(name, JsonValue.NULL);
    return value instanceof JsonString string ? string.getString() : null;
  }

  private static Integer number(JsonObject body, String name) {
    JsonValue value = body.get(name);
    if (value instanceof JsonNumber number
        && number.isIntegral()
        && number.bigIntegerValue().bitLength() < Integer.SIZE) {
      return number.intValue();
    }
    throw new InvalidRequestException(
        SyncMessages.format("request.badDistrict", String.valueOf(value)));
  }

  private static String keyText(JsonValue keys) {
    if (keys instanceof JsonString string) {
      return string.getString();
    }
    return keys == JsonValue.NULL ? null : keys.toString();
  }
}
