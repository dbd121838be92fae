package org.sis.selectivesync.host;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/** Reads a menu contribution file: the {@code WEB-INF-overlays} file a host copies in. */
public final class MenuContribution {

  private MenuContribution() {}

  /**
   * Parses the entries of a contribution, in file order.
   *
   * @throws IllegalArgumentException when the file is not a well-formed contribution
   */
  public static List<MenuEntry> read(InputStream xml) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      NodeList nodes = factory.newDocumentBuilder().parse(xml).getElementsByTagName("entry");
      List<MenuEntry> entries = new ArrayList<>();
      for (int i = 0; i < nodes.getLength(); i++) {
        entries.add(entry((Element) nodes.item(i)));
      }
      return entries;
    } catch (ParserConfigurationException | SAXException | IOException e) {
      throw new IllegalArgumentException("Not a valid menu contribution: " + e.getMessage(), e);
    }
  }

  private static MenuEntry entry(Element element) {
    return new MenuEntry(
        element.getAttribute("id"),
        element.getAttribute("path"),
        element.getAttribute("page"),
        element.getAttribute("tool"),
        element.getAttribute("right"),
        element.getAttribute("label-key"),
        element.getAttribute("keywords"));
  }
}
