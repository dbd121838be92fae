package org.sis.selectivesync.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class MenuContributionTest {

  @Test
  void thePluginsOwnContributionListsSelectiveSync() throws IOException {
    try (InputStream xml = new FileInputStream("WEB-INF-overlays/selective-sync-menu.xml")) {
      List<MenuEntry> entries = MenuContribution.read(xml);
      assertThat(entries)
          .extracting(MenuEntry::id, MenuEntry::page, MenuEntry::tool, MenuEntry::right)
          .contains(tuple("selective-sync", "/sync.xhtml", "selective-sync", "R"));
    }
  }

  @Test
  void aDoctypeIsRefused() {
    String xml =
        "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
            + "<menu-contribution><entry id=\"&e;\"/></menu-contribution>";
    InputStream in = new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8));
    assertThatThrownBy(() -> MenuContribution.read(in))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Not a valid menu contribution");
  }
}
