package org.sis.selectivesync.verify;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;

/** A refused verification call becomes {@code 400 {"error": …}}. */
@Provider
public class InvalidVerificationMapper implements ExceptionMapper<InvalidVerificationException> {

  @Override
  public Response toResponse(InvalidVerificationException refused) {
    return Response.status(Response.Status.BAD_REQUEST)
        .type(MediaType.APPLICATION_JSON)
        .entity(Map.of("error", refused.getMessage()))
        .build();
  }
}
