package org.sis.selectivesync.edfi;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Optional;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Streams the records of one Ed-Fi interchange file with StAX: the document element is checked for
 * a known namespace and interchange, then each child of it is handed out as one {@link
 * EdFiElement}, so memory holds one record at a time whatever the file's size. DTDs and external
 * entities are refused.
 */
final class InterchangeReader implements AutoCloseable {

  private static final XMLInputFactory FACTORY = secureFactory();

  private final String file;
  private final Locale locale;
  private final InputStream input;
  private final XMLStreamReader xml;
  private final Interchange interchange;
  private final DataStandard standard;

  private InterchangeReader(String file, Locale locale, InputStream input) {
    this.file = file;
    this.locale = locale;
    this.input = input;
    this.xml = createReader(input);
    String namespace = moveToRoot();
    this.standard =
        DataStandard.ofNamespace(namespace)
            .orElseThrow(() -> fileProblem(ImportError.UNKNOWN_NAMESPACE, namespace));
    String root = xml.getLocalName();
    this.interchange =
        Interchange.ofRoot(root)
            .orElseThrow(() -> fileProblem(ImportError.UNKNOWN_INTERCHANGE, root));
  }

  /**
   * Opens a file and reads up to its document element.
   *
   * @throws InvalidFileException when the file is not XML or not an interchange the import knows
   */
  static InterchangeReader open(EdFiFile file, Locale locale) {
    InputStream input;
    try {
      input = file.source().open();
    } catch (IOException e) {
      throw new InvalidFileException(
          new ImportProblem(
              file.name(),
              0,
              ImportError.UNREADABLE,
              ImportError.UNREADABLE.format(locale, e.getMessage())));
    }
    try {
      return new InterchangeReader(file.name(), locale, input);
    } catch (RuntimeException e) {
      closeQuietly(input, e);
      throw e;
    }
  }

  Interchange interchange() {
    return interchange;
  }

  DataStandard standard() {
    return standard;
  }

  /**
   * The next record of the interchange, empty at the end of the document.
   *
   * @throws InvalidFileException when the XML breaks off or is malformed
   */
  Optional<EdFiElement> next() {
    try {
      while (xml.hasNext()) {
        int event = xml.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          return Optional.of(readElement());
        }
        if (event == XMLStreamConstants.END_ELEMENT) {
          expectEnd();
          return Optional.empty();
        }
      }
      throw fileProblem(ImportError.MALFORMED_XML, "the document element is not closed");
    } catch (XMLStreamException e) {
      throw malformed(e);
    }
  }

  private EdFiElement readElement() throws XMLStreamException {
    Deque<EdFiElement> open = new ArrayDeque<>();
    EdFiElement record = startElement();
    open.push(record);
    while (!open.isEmpty()) {
      int event = xml.next();
      switch (event) {
        case XMLStreamConstants.START_ELEMENT -> {
          EdFiElement child = startElement();
          open.peek().add(child);
          open.push(child);
        }
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA ->
            open.peek().appendText(xml.getText());
        case XMLStreamConstants.END_ELEMENT -> open.pop();
        case XMLStreamConstants.END_DOCUMENT ->
            throw fileProblem(ImportError.MALFORMED_XML, "the file ends inside " + record.name());
        default -> {
          // comments, processing instructions and white space carry no data
        }
      }
    }
    return record;
  }

  private EdFiElement startElement() {
    return new EdFiElement(
        xml.getLocalName(),
        xml.getLocation().getLineNumber(),
        xml.getAttributeValue(null, "id"),
        xml.getAttributeValue(null, "ref"));
  }

  private void expectEnd() throws XMLStreamException {
    while (xml.hasNext()) {
      xml.next();
    }
  }

  private String moveToRoot() {
    try {
      while (xml.hasNext()) {
        if (xml.next() == XMLStreamConstants.START_ELEMENT) {
          return xml.getNamespaceURI();
        }
      }
    } catch (XMLStreamException e) {
      throw notXml(e);
    }
    throw fileProblem(ImportError.NOT_XML, "the file has no document element");
  }

  private XMLStreamReader createReader(InputStream stream) {
    try {
      return FACTORY.createXMLStreamReader(stream);
    } catch (XMLStreamException e) {
      throw notXml(e);
    }
  }

  private InvalidFileException notXml(XMLStreamException e) {
    return problemAt(ImportError.NOT_XML, e);
  }

  private InvalidFileException malformed(XMLStreamException e) {
    return problemAt(ImportError.MALFORMED_XML, e);
  }

  private InvalidFileException problemAt(ImportError error, XMLStreamException e) {
    Location location = e.getLocation();
    int line = location == null ? 0 : Math.max(location.getLineNumber(), 0);
    return new InvalidFileException(
        new ImportProblem(file, line, error, error.format(locale, detail(e))));
  }

  private InvalidFileException fileProblem(ImportError error, String value) {
    int line = xml == null ? 0 : Math.max(xml.getLocation().getLineNumber(), 0);
    return new InvalidFileException(
        new ImportProblem(file, line, error, error.format(locale, value)));
  }

  private static String detail(XMLStreamException e) {
    String message = e.getMessage() == null ? e.toString() : e.getMessage();
    int marker = message.indexOf("Message: ");
    return marker < 0 ? message : message.substring(marker + "Message: ".length());
  }

  @Override
  public void close() {
    try {
      xml.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("Closing the XML reader of " + file + " failed", e);
    } finally {
      closeQuietly(input, null);
    }
  }

  private static void closeQuietly(InputStream input, RuntimeException pending) {
    try {
      input.close();
    } catch (IOException e) {
      if (pending != null) {
        pending.addSuppressed(e);
      } else {
        throw new IllegalStateException("Closing an Ed-Fi file failed", e);
      }
    }
  }

  private static XMLInputFactory secureFactory() {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_COALESCING, true);
    return factory;
  }
}
