package org.sis.selectivesync.sync;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import java.util.Map;

/** A request body that is not the JSON object a call takes becomes {@code 400 {"error": …}}. */
@Provider
public class BadJsonMapper implements ExceptionMapper<JsonException> {

  /**
   * The body as the JSON object a call takes.
   *
   * @throws JsonException for an array or a plain value, answered as 400 by this mapper
   */
  public static JsonObject object(JsonStructure body) {
    if (body instanceof JsonObject object) {
      return object;
    }
    throw new JsonException(
        "found "
            + (body == null ? "nothing" : body.getValueType().name().toLowerCase(Locale.ROOT)));
  }

  @Override
  public Response toResponse(JsonException refused) {
    return Response.status(Response.Status.BAD_REQUEST)
        .type(MediaType.APPLICATION_JSON)
        .entity(Map.of("error", SyncMessages.format("request.badJson", refused.getMessage())))
        .build();
  }
}
