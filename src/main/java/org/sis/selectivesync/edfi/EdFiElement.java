package org.sis.selectivesync.edfi;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One record of an interchange (a {@code Student}, a {@code School}, …) as a small tree, read by
 * {@link InterchangeReader}. Only one record is held at a time. Elements are found by local name,
 * so that wrappers that differ between data standards do not matter.
 */
final class EdFiElement {

  private final String name;
  private final int line;
  private final String id;
  private final String ref;
  private final List<EdFiElement> children = new ArrayList<>();
  private final StringBuilder text = new StringBuilder();

  EdFiElement(String name, int line, String id, String ref) {
    this.name = name;
    this.line = line;
    this.id = id;
    this.ref = ref;
  }

  String name() {
    return name;
  }

  /** The line of the element's start tag. */
  int line() {
    return line;
  }

  /** The {@code id} attribute of a record that others may reference, if any. */
  Optional<String> id() {
    return Optional.ofNullable(id).filter(value -> !value.isBlank());
  }

  /** The {@code ref} attribute of a reference element, if any. */
  Optional<String> ref() {
    return Optional.ofNullable(ref).filter(value -> !value.isBlank());
  }

  void add(EdFiElement child) {
    children.add(child);
  }

  void appendText(String characters) {
    text.append(characters);
  }

  /** The element's own text, trimmed. */
  String text() {
    return text.toString().trim();
  }

  /** The direct children of this name. */
  List<EdFiElement> children(String childName) {
    return children.stream().filter(child -> child.name.equals(childName)).toList();
  }

  /** The first element of this name at any depth below this one, depth first. */
  Optional<EdFiElement> find(String descendant) {
    return descendants().filter(element -> element.name.equals(descendant)).findFirst();
  }

  /** The trimmed text of the first element of this name below this one, if not blank. */
  Optional<String> textOf(String descendant) {
    return find(descendant).map(EdFiElement::text).filter(value -> !value.isEmpty());
  }

  /** The trimmed text of a path of direct children, such as {@code Name/FirstName}. */
  Optional<String> textAt(String... path) {
    EdFiElement current = this;
    for (String step : path) {
      List<EdFiElement> matches = current.children(step);
      if (matches.isEmpty()) {
        return Optional.empty();
      }
      current = matches.get(0);
    }
    return Optional.of(current.text()).filter(value -> !value.isEmpty());
  }

  private Stream<EdFiElement> descendants() {
    return children.stream().flatMap(child -> Stream.concat(Stream.of(child), child.descendants()));
  }
}
