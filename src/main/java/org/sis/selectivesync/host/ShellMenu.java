package org.sis.selectivesync.host;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** The left menu of the shell, built from the plugin's menu contribution in WEB-INF. */
@Named
@ApplicationScoped
public class ShellMenu {

  /** Where the host overlay puts the plugin's menu contribution. */
  static final String CONTRIBUTION = "/WEB-INF/selective-sync-menu.xml";

  @Inject private ServletContext servletContext;

  private List<MenuEntry> entries;

  @PostConstruct
  void load() {
    try (InputStream xml = servletContext.getResourceAsStream(CONTRIBUTION)) {
      if (xml == null) {
        throw new IllegalStateException("The menu contribution " + CONTRIBUTION + " is missing");
      }
      entries = List.copyOf(MenuContribution.read(xml));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public List<MenuEntry> getEntries() {
    return entries;
  }
}
