package org.sis.selectivesync.edfi;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The Ed-Fi data standards whose XML interchanges the importer takes, told apart by namespace: 4.x
 * ({@code http://ed-fi.org/4.0.0-a}, the bundled sample) and 5.x ({@code http://ed-fi.org/5.0.0},
 * {@code http://ed-fi.org/5.1.0}, …). Both share the element names the importer reads.
 */
public enum DataStandard {
  V4(Pattern.compile("http://ed-fi\\.org/4\\.\\d+\\.\\d+(-[a-z])?")),
  V5(Pattern.compile("http://ed-fi\\.org/5\\.\\d+\\.\\d+(-[a-z])?"));

  private final Pattern namespace;

  DataStandard(Pattern namespace) {
    this.namespace = namespace;
  }

  /** The data standard of a namespace URI, empty when the importer does not know it. */
  static Optional<DataStandard> ofNamespace(String uri) {
    for (DataStandard standard : values()) {
      if (uri != null && standard.namespace.matcher(uri).matches()) {
        return Optional.of(standard);
      }
    }
    return Optional.empty();
  }
}
