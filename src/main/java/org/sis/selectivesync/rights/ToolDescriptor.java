package org.sis.selectivesync.rights;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/** Reads the tool-rights descriptor ({@code tool-rights/selective-sync-tools.xml}). */
public final class ToolDescriptor {

  private ToolDescriptor() {}

  /**
   * Parses the folders of a descriptor with their tools, in file order.
   *
   * @throws IllegalArgumentException when the file is not a well-formed descriptor or names an
   *     unknown right
   */
  public static List<ToolFolder> read(InputStream xml) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      NodeList folders = factory.newDocumentBuilder().parse(xml).getElementsByTagName("folder");
      List<ToolFolder> tree = new ArrayList<>();
      for (Element folder : elements(folders)) {
        tree.add(folder(folder));
      }
      return tree;
    } catch (ParserConfigurationException | SAXException | IOException e) {
      throw new IllegalArgumentException(
          "Not a valid tool-rights descriptor: " + e.getMessage(), e);
    }
  }

  private static ToolFolder folder(Element folder) {
    String name = folder.getAttribute("name");
    List<Tool> tools = new ArrayList<>();
    for (Element tool : elements(folder.getElementsByTagName("tool"))) {
      tools.add(
          new Tool(tool.getAttribute("id"), tool.getAttribute("name"), name, functions(tool)));
    }
    return new ToolFolder(name, tools);
  }

  private static Map<Right, String> functions(Element tool) {
    Map<Right, String> functions = new EnumMap<>(Right.class);
    for (Element right : elements(tool.getElementsByTagName("right"))) {
      functions.put(Right.ofCode(right.getAttribute("code")), right.getTextContent().trim());
    }
    return functions;
  }

  private static List<Element> elements(NodeList nodes) {
    List<Element> elements = new ArrayList<>(nodes.getLength());
    for (int i = 0; i < nodes.getLength(); i++) {
      elements.add((Element) nodes.item(i));
    }
    return elements;
  }
}
