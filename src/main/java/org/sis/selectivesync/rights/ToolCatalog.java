package org.sis.selectivesync.rights;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/** The plugin's tool tree, read once from the copy of the tool-rights descriptor in WEB-INF. */
@ApplicationScoped
public class ToolCatalog {

  /** Where the build puts the descriptor of {@code tool-rights/}. */
  static final String DESCRIPTOR = "/WEB-INF/selective-sync-tools.xml";

  @Inject private ServletContext servletContext;

  private List<ToolFolder> folders;

  @PostConstruct
  void load() {
    try (InputStream xml = servletContext.getResourceAsStream(DESCRIPTOR)) {
      if (xml == null) {
        throw new IllegalStateException("The tool-rights descriptor " + DESCRIPTOR + " is missing");
      }
      folders = List.copyOf(ToolDescriptor.read(xml));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The folders of the tool tree with their tools, in descriptor order. */
  public List<ToolFolder> folders() {
    return folders;
  }

  /** Every tool, in descriptor order. */
  public List<Tool> tools() {
    return folders.stream().flatMap(folder -> folder.tools().stream()).toList();
  }

  public Optional<Tool> tool(String id) {
    return tools().stream().filter(tool -> tool.id().equals(id)).findFirst();
  }

  /** The tool's name for messages, or its id when the descriptor does not know it. */
  public String nameOf(String id) {
    return tool(id).map(Tool::name).orElse(id);
  }
}
