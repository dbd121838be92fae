package org.sis.selectivesync.host;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import org.primefaces.event.SelectEvent;

/**
 * Tool Search in the shell header: finds the tools the user may open by label, menu path or
 * keyword, and opens the one chosen.
 */
@Named
@RequestScoped
public class ToolSearch {

  private static final int MAX_RESULTS = 10;

  @Inject private VisibleMenu menu;

  @Inject private FacesContext faces;

  private String query;

  /** The labels of the visible tools matching every word of the query, in menu order. */
  public List<String> complete(String text) {
    String[] words = text.trim().toLowerCase(Locale.ROOT).split("\\s+");
    return menu.getEntries().stream()
        .filter(entry -> matchesAll(entry, words))
        .map(this::label)
        .limit(MAX_RESULTS)
        .toList();
  }

  /** Opens the tool whose label was chosen; does nothing for a label the user may not open. */
  public void open(SelectEvent<String> chosen) throws IOException {
    Optional<MenuEntry> entry = byLabel(chosen.getObject());
    if (entry.isPresent()) {
      ExternalContext external = faces.getExternalContext();
      external.redirect(external.getRequestContextPath() + entry.get().page());
    }
  }

  private Optional<MenuEntry> byLabel(String label) {
    return menu.getEntries().stream().filter(entry -> label(entry).equals(label)).findFirst();
  }

  private boolean matchesAll(MenuEntry entry, String[] words) {
    String haystack =
        String.join(" ", label(entry), entry.path(), entry.keywords()).toLowerCase(Locale.ROOT);
    for (String word : words) {
      if (!haystack.contains(word)) {
        return false;
      }
    }
    return true;
  }

  private String label(MenuEntry entry) {
    ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
    return bundle.getString(entry.labelKey());
  }

  public String getQuery() {
    return query;
  }

  public void setQuery(String query) {
    this.query = query;
  }
}
