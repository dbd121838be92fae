package org.sis.selectivesync.sync;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;

/**
 * Every HTTP error the API answers (an unknown request or path, a method not allowed, a path or
 * query value that is not valid, answered 400) becomes {@code {"error": …}} with its status and
 * headers (such as {@code Allow}), like the API's own refusals, instead of the server's HTML error
 * page.
 */
@Provider
public class HttpErrorMapper implements ExceptionMapper<WebApplicationException> {

  @Override
  public Response toResponse(WebApplicationException error) {
    if (isBadValue(error)) {
      return Response.status(Response.Status.BAD_REQUEST)
          .type(MediaType.APPLICATION_JSON)
          .entity(Map.of("error", SyncMessages.format("request.badValue")))
          .build();
    }
    Response.StatusType status = error.getResponse().getStatusInfo();
    String message = error.getMessage() == null ? status.getReasonPhrase() : error.getMessage();
    return Response.fromResponse(error.getResponse())
        .type(MediaType.APPLICATION_JSON)
        .entity(Map.of("error", message))
        .build();
  }

  /**
   * A path or query value that could not be converted (a request ID that is not a number, an
   * unknown outcome): JAX-RS answers 404 with the conversion failure as its cause, which would read
   * as "no such request".
   */
  private static boolean isBadValue(WebApplicationException error) {
    return error.getResponse().getStatus() == Response.Status.NOT_FOUND.getStatusCode()
        && error.getCause() != null;
  }
}
