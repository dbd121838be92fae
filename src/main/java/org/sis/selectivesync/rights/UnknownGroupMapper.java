package org.sis.selectivesync.rights;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;

/** Answers a REST call naming an unknown group with {@code 404} and {@code {"error": "..."}}. */
@Provider
public class UnknownGroupMapper implements ExceptionMapper<UnknownGroupException> {

  @Override
  public Response toResponse(UnknownGroupException unknown) {
    return Response.status(Response.Status.NOT_FOUND)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(Map.of("error", unknown.getMessage()))
        .build();
  }
}
