package org.sis.selectivesync.rights;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Answers a denied REST call with {@code 403} and {@code {"error": "..."}}. */
@Provider
public class AccessDeniedMapper implements ExceptionMapper<AccessDeniedException> {

  private static final Logger LOG = Logger.getLogger(AccessDeniedMapper.class.getName());

  @Override
  public Response toResponse(AccessDeniedException denied) {
    LOG.log(Level.INFO, "REST call denied: {0}", denied.getMessage());
    return Response.status(Response.Status.FORBIDDEN)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(Map.of("error", denied.getMessage()))
        .build();
  }
}
