package org.sis.selectivesync.sync;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;

/** A refused request becomes {@code 400 {"error": …, "invalidKeys": […]}}. */
@Provider
public class InvalidRequestMapper implements ExceptionMapper<InvalidRequestException> {

  @Override
  public Response toResponse(InvalidRequestException refused) {
    return Response.status(Response.Status.BAD_REQUEST)
        .type(MediaType.APPLICATION_JSON)
        .entity(Map.of("error", refused.getMessage(), "invalidKeys", refused.invalidKeys()))
        .build();
  }
}
