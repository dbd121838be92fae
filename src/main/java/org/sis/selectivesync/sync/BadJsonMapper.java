package org.sis.selectivesync.sync;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
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
   * @throws JsonException for no body, an array, a plain value or null, answered as 400 here
   */
  public static JsonObject object(JsonValue body) {
    if (body instanceof JsonObject object) {
      return object;
    }
    throw new JsonException(
        "found "
            + (body == null ? "nothing" : body.getValueType().name().toLowerCase(Locale.ROOT)));
  }

  /**
   * A true/false member of a body, false when absent.
   *
   * @throws InvalidRequestException for any other value, answered as 400 naming it
   */
  public static boolean flag(JsonObject body, String name) {
    JsonValue value = body.getOrDefault(name, JsonValue.FALSE);
    if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
      return value == JsonValue.TRUE;
    }
    throw new InvalidRequestException(
        SyncMessages.format("request.badCheckDependencies", String.valueOf(value)));
  }

  @Override
  public Response toResponse(JsonException refused) {
    return Response.status(Response.Status.BAD_REQUEST)
        .type(MediaType.APPLICATION_JSON)
        .entity(Map.of("error", SyncMessages.format("request.badJson", refused.getMessage())))
        .build();
  }
}
