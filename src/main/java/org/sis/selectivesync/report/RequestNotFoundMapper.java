package org.sis.selectivesync.report;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;

/** An unknown sync request becomes {@code 404 {"error": …}}. */
@Provider
public class RequestNotFoundMapper implements ExceptionMapper<RequestNotFoundException> {

  @Override
  public Response toResponse(RequestNotFoundException missing) {
    return Response.status(Response.Status.NOT_FOUND)
        .type(MediaType.APPLICATION_JSON)
        .entity(Map.of("error", missing.getMessage()))
        .build();
  }
}
