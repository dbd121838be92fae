package org.sis.selectivesync.sync;

import jakarta.json.JsonException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;

/** A request body that is not the JSON object a call takes becomes {@code 400 {"error": …}}. */
@Provider
public class BadJsonMapper implements ExceptionMapper<JsonException> {

  @Override
  public Response toResponse(JsonException refused) {
    return Response.status(Response.Status.BAD_REQUEST)
        .type(MediaType.APPLICATION_JSON)
        .entity(Map.of("error", SyncMessages.format("request.badJson", refused.getMessage())))
        .build();
  }
}
