package org.sis.selectivesync.edfi;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Uploaded Ed-Fi files kept in temporary files for the length of one import, so that an upload of
 * any size is read from disk (the importer reads a file more than once) and never held in memory.
 * Closing deletes the temporary files.
 */
public final class StagedUploads implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(StagedUploads.class.getName());

  private final List<Path> stored = new ArrayList<>();
  private final List<EdFiFile> files = new ArrayList<>();

  /**
   * Copies an upload to a temporary file.
   *
   * @param submittedName the name the client gave, possibly with a path; only its last part is kept
   * @param content the upload's content; read to its end, not closed
   */
  public void add(String submittedName, InputStream content) {
    try {
      Path file = Files.createTempFile("edfi-upload-", ".xml");
      stored.add(file);
      Files.copy(content, file, StandardCopyOption.REPLACE_EXISTING);
      files.add(new EdFiFile(nameOf(submittedName), () -> Files.newInputStream(file)));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot store the upload " + submittedName, e);
    }
  }

  /** The staged files, in upload order. */
  public List<EdFiFile> files() {
    return List.copyOf(files);
  }

  /** The names of the staged files, in upload order. */
  public List<String> names() {
    return files.stream().map(EdFiFile::name).toList();
  }

  @Override
  public void close() {
    for (Path file : stored) {
      try {
        Files.deleteIfExists(file);
      } catch (IOException e) {
        LOG.log(Level.WARNING, "Cannot delete the staged upload " + file, e);
      }
    }
  }

  /** The file name without any directory a browser or client put before it. */
  static String nameOf(String submittedName) {
    String name = submittedName == null ? "" : submittedName.strip();
    name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    return name.isEmpty() ? "upload.xml" : name;
  }
}
