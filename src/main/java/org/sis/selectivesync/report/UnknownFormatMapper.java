package org.sis.selectivesync.report;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;

/** A report format that does not exist becomes {@code 400 {"error": …}}. */
@Provider
public class UnknownFormatMapper implements ExceptionMapper<UnknownFormatException> {

  @Override
  public Response toResponse(UnknownFormatException refused) {
    return Response.status(Response.Status.BAD_REQUEST)
        .type(MediaType.APPLICATION_JSON)
        .entity(Map.of("error", refused.getMessage()))
        .build();
  }
}
