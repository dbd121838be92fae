package org.sis.selectivesync.sync;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;

/**
 * Every HTTP error the API answers (an unknown request or path, a query value that is not a number,
 * a method not allowed) becomes {@code {"error": …}} with its status and headers (such as {@code
 * Allow}), like the API's own refusals, instead of the server's HTML error page.
 */
@Provider
public class HttpErrorMapper implements ExceptionMapper<WebApplicationException> {

  @Override
  public Response toResponse(WebApplicationException error) {
    Response.StatusType status = error.getResponse().getStatusInfo();
    String message = error.getMessage() == null ? status.getReasonPhrase() : error.getMessage();
    return Response.fromResponse(error.getResponse())
        .type(MediaType.APPLICATION_JSON)
        .entity(Map.of("error", message))
        .build();
  }
}
