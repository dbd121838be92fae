package org.sis.selectivesync.host;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;
import org.sis.selectivesync.rights.Caller;
import org.sis.selectivesync.rights.Right;

/** The menu entries the signed-in user may see: those whose tool right they hold. */
@Named
@RequestScoped
public class VisibleMenu {

  @Inject private ShellMenu menu;

  @Inject private Caller caller;

  private List<MenuEntry> entries;

  public List<MenuEntry> getEntries() {
    if (entries == null) {
      entries = menu.getEntries().stream().filter(this::mayOpen).toList();
    }
    return entries;
  }

  /** The visible entry that opens the view, if any. */
  public Optional<MenuEntry> entryFor(String page) {
    return getEntries().stream().filter(entry -> entry.page().equals(page)).findFirst();
  }

  private boolean mayOpen(MenuEntry entry) {
    return caller.has(entry.tool(), Right.ofCode(entry.right()));
  }
}
