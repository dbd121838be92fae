package org.sis.selectivesync.edfi;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * One Ed-Fi XML interchange file to import: its name (for messages) and a way to open it. The
 * importer opens a file more than once (it reads the StudentEnrollment interchange in two passes),
 * so the source must be re-readable.
 */
public record EdFiFile(String name, Source source) {

  /** Opens the file's content anew on each call. */
  @FunctionalInterface
  public interface Source {
    InputStream open() throws IOException;
  }

  public EdFiFile {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(source, "source");
  }

  /** A file on disk, named by its file name. */
  public static EdFiFile of(Path path) {
    return new EdFiFile(path.getFileName().toString(), () -> Files.newInputStream(path));
  }

  /** A resource of the application's class path, e.g. {@code demo/edfi/BearCreek-Student.xml}. */
  public static EdFiFile ofResource(String resource) {
    String name = resource.substring(resource.lastIndexOf('/') + 1);
    return new EdFiFile(
        name,
        () -> {
          InputStream in = EdFiFile.class.getClassLoader().getResourceAsStream(resource);
          if (in == null) {
            throw new IOException("No resource " + resource);
          }
          return in;
        });
  }

  /** Content held in memory, such as an uploaded file. */
  public static EdFiFile of(String name, byte[] content) {
    byte[] copy = content.clone();
    return new EdFiFile(name, () -> new ByteArrayInputStream(copy));
  }
}
