package org.sis.selectivesync.host;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.sis.selectivesync.rights.AccessDeniedException;
import org.sis.selectivesync.rights.Caller;
import org.sis.selectivesync.rights.Right;

/**
 * Opens a tool's page only to users who hold the right its menu entry needs; others get {@code 403}
 * and the access-denied page. The actions on the page are checked again by {@code RequiresRight} on
 * the services, so this guard only spares users a page they cannot use.
 */
@WebFilter(urlPatterns = "*.xhtml")
public class PageAccessFilter extends HttpFilter {

  /** Request attribute with the text the access-denied page shows. */
  public static final String DENIED_MESSAGE = "org.sis.selectivesync.host.deniedMessage";

  private static final long serialVersionUID = 1L;

  private static final Logger LOG = Logger.getLogger(PageAccessFilter.class.getName());

  @Inject private ShellMenu menu;

  @Inject private Caller caller;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String page = request.getServletPath();
    for (MenuEntry entry : menu.getEntries()) {
      Optional<AccessDeniedException> refusal =
          entry.page().equals(page)
              ? caller.refusal(entry.tool(), Right.ofCode(entry.right()))
              : Optional.empty();
      if (refusal.isPresent()) {
        LOG.log(
            Level.INFO, "Page {0} denied: {1}", new Object[] {page, refusal.get().getMessage()});
        request.setAttribute(DENIED_MESSAGE, refusal.get().getMessage());
        response.sendError(HttpServletResponse.SC_FORBIDDEN);
        return;
      }
    }
    chain.doFilter(request, response);
  }
}
