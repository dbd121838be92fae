package org.sis.selectivesync.rights;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.TreeNode;

/**
 * The Tool Rights page: pick a group, tick its rights in the tool tree, save; the recorded changes
 * are listed below. Viewing needs R on Tool Rights and saving W, both checked by the service.
 */
@Named
@ViewScoped
public class ToolRightsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final int AUDIT_ROWS = 50;

  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  @Inject private RightsAdministration administration;

  @Inject private ToolCatalog catalog;

  private List<GroupOption> groups;
  private Integer groupId;
  private TreeNode<ToolRightsRow> tree;
  private List<AuditLine> changes;

  @PostConstruct
  void open() {
    groups = administration.groups().stream().map(GroupOption::of).toList();
    groupId = groups.isEmpty() ? null : groups.get(0).id();
    loadTree();
    loadChanges();
  }

  /** Shows the rights of the group just picked. */
  public void loadTree() {
    tree = new DefaultTreeNode<>(ToolRightsRow.folder(""), null);
    if (groupId == null) {
      return;
    }
    GrantedRights granted = administration.rightsOf(groupId);
    for (ToolFolder folder : catalog.folders()) {
      TreeNode<ToolRightsRow> folderNode =
          new DefaultTreeNode<>(ToolRightsRow.folder(folder.name()), tree);
      folderNode.setExpanded(true);
      for (Tool tool : folder.tools()) {
        new DefaultTreeNode<>(ToolRightsRow.tool(tool, granted.rightsOn(tool.id())), folderNode);
      }
    }
  }

  /** Saves the ticked rights of the group and reports how many changed. */
  public void save() {
    List<RightChange> saved = administration.replaceRights(groupId, ticked());
    loadTree();
    loadChanges();
    String text = MessageFormat.format(bundle().getString("rights.saved"), saved.size());
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
  }

  private GrantedRights ticked() {
    Map<String, Set<Right>> rights = new HashMap<>();
    for (TreeNode<ToolRightsRow> folder : tree.getChildren()) {
      for (TreeNode<ToolRightsRow> tool : folder.getChildren()) {
        tool.getData().selection().ifPresent(entry -> rights.put(entry.getKey(), entry.getValue()));
      }
    }
    return GrantedRights.of(rights);
  }

  private void loadChanges() {
    Map<Integer, String> groupNames = new HashMap<>();
    groups.forEach(group -> groupNames.put(group.id(), group.name()));
    changes =
        administration.recentChanges(AUDIT_ROWS).stream()
            .map(entry -> line(entry, groupNames))
            .toList();
  }

  private AuditLine line(RightsAuditEntry entry, Map<Integer, String> groupNames) {
    RightChange change = entry.change();
    String key = change.granted() ? "rights.change.granted" : "rights.change.revoked";
    return new AuditLine(
        WHEN.format(entry.getChangedAt()),
        entry.getChangedBy(),
        groupNames.getOrDefault(entry.getGroupId(), String.valueOf(entry.getGroupId())),
        catalog.nameOf(change.tool()),
        MessageFormat.format(bundle().getString(key), change.right().name()));
  }

  private static ResourceBundle bundle() {
    FacesContext faces = FacesContext.getCurrentInstance();
    return faces.getApplication().getResourceBundle(faces, "msg");
  }

  public List<GroupOption> getGroups() {
    return groups;
  }

  public Integer getGroupId() {
    return groupId;
  }

  public void setGroupId(Integer groupId) {
    this.groupId = groupId;
  }

  public TreeNode<ToolRightsRow> getTree() {
    return tree;
  }

  public List<AuditLine> getChanges() {
    return changes;
  }

  /** A group as the picker lists it. */
  public record GroupOption(int id, String name) implements Serializable {
    static GroupOption of(UserGroup group) {
      return new GroupOption(group.getId(), group.getName());
    }
  }

  /** One recorded change as the page lists it. */
  public record AuditLine(String when, String who, String group, String tool, String change)
      implements Serializable {}
}
