package org.sis.selectivesync.edfi;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;

/** A refused import becomes {@code 400 {"error": "..."}}. */
@Provider
public class ImportRefusedMapper implements ExceptionMapper<ImportRefusedException> {

  @Override
  public Response toResponse(ImportRefusedException refused) {
    return Response.status(Response.Status.BAD_REQUEST)
        .type(MediaType.APPLICATION_JSON)
        .entity(Map.of("error", refused.getMessage()))
        .build();
  }
}
