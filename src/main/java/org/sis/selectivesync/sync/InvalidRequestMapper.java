package org.sis.selectivesync.sync;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Map;

/**
 * A refused request becomes {@code 400 {"error": …, "invalidKeys": […]}}, listing at most the first
 * 100 invalid entries (the error text says how many there are).
 */
@Provider
public class InvalidRequestMapper implements ExceptionMapper<InvalidRequestException> {

  private static final int LISTED = 100;

  @Override
  public Response toResponse(InvalidRequestException refused) {
    List<String> invalid = refused.invalidKeys();
    List<String> listed = invalid.size() > LISTED ? invalid.subList(0, LISTED) : invalid;
    return Response.status(Response.Status.BAD_REQUEST)
        .type(MediaType.APPLICATION_JSON)
        .entity(Map.of("error", refused.getMessage(), "invalidKeys", listed))
        .build();
  }
}
