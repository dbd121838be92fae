package org.sis.selectivesync.rights;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Rights per tool: those of one group, or the union over a user's groups. Immutable; tools without
 * any right are left out, so two sets with the same grants are equal.
 */
public final class GrantedRights {

  private static final GrantedRights NONE = new GrantedRights(Map.of());

  private final Map<String, Set<Right>> byTool;

  private GrantedRights(Map<String, Set<Right>> byTool) {
    Map<String, Set<Right>> copy = new TreeMap<>();
    byTool.forEach(
        (tool, rights) -> {
          if (!rights.isEmpty()) {
            copy.put(tool, Set.copyOf(EnumSet.copyOf(rights)));
          }
        });
    this.byTool = Map.copyOf(copy);
  }

  public static GrantedRights none() {
    return NONE;
  }

  /** The given rights per tool; empty sets are dropped. */
  public static GrantedRights of(Map<String, ? extends Collection<Right>> byTool) {
    Map<String, Set<Right>> sets = new TreeMap<>();
    byTool.forEach((tool, rights) -> sets.put(tool, toSet(rights)));
    return new GrantedRights(sets);
  }

  /**
   * Rights given as letters per tool, e.g. {@code {"selective-sync": "RWD"}}, the form of {@link
   * #asCodes()}.
   *
   * @throws IllegalArgumentException for a letter other than R, W, A or D
   */
  public static GrantedRights ofCodes(Map<String, String> codes) {
    Map<String, Set<Right>> sets = new TreeMap<>();
    codes.forEach(
        (tool, letters) -> {
          Set<Right> rights = EnumSet.noneOf(Right.class);
          letters.chars().forEach(c -> rights.add(Right.ofCode(Character.toString(c))));
          sets.put(tool, rights);
        });
    return new GrantedRights(sets);
  }

  /** Rights given as one grant per element, e.g. the rows of the grant table. */
  public static GrantedRights ofGrants(Collection<Grant> grants) {
    Map<String, Set<Right>> sets = new TreeMap<>();
    for (Grant grant : grants) {
      sets.computeIfAbsent(grant.tool(), tool -> EnumSet.noneOf(Right.class)).add(grant.right());
    }
    return new GrantedRights(sets);
  }

  /** Every right held here or in the other set: what a member of both groups has. */
  public GrantedRights union(GrantedRights other) {
    Map<String, Set<Right>> sets = new TreeMap<>();
    for (GrantedRights rights : List.of(this, other)) {
      rights.byTool.forEach(
          (tool, set) -> sets.computeIfAbsent(tool, t -> EnumSet.noneOf(Right.class)).addAll(set));
    }
    return new GrantedRights(sets);
  }

  public boolean has(String tool, Right right) {
    return rightsOn(tool).contains(right);
  }

  public Set<Right> rightsOn(String tool) {
    return byTool.getOrDefault(tool, Set.of());
  }

  /** The tools with at least one right, sorted by id. */
  public Set<String> tools() {
    return new TreeSet<>(byTool.keySet());
  }

  /** Every single grant, sorted by tool then right. */
  public List<Grant> grants() {
    List<Grant> grants = new ArrayList<>();
    byTool.forEach(
        (tool, rights) -> EnumSet.copyOf(rights).forEach(r -> grants.add(new Grant(tool, r))));
    grants.sort(Grant.ORDER);
    return grants;
  }

  /**
   * What must be granted and revoked to turn these rights into the target rights, sorted by tool
   * then right.
   */
  public List<RightChange> changesTo(GrantedRights target) {
    List<RightChange> changes = new ArrayList<>();
    target.grants().stream()
        .filter(grant -> !has(grant.tool(), grant.right()))
        .forEach(grant -> changes.add(new RightChange(grant.tool(), grant.right(), true)));
    grants().stream()
        .filter(grant -> !target.has(grant.tool(), grant.right()))
        .forEach(grant -> changes.add(new RightChange(grant.tool(), grant.right(), false)));
    changes.sort(RightChange.ORDER);
    return changes;
  }

  /** The rights as {@code tool -> "RWAD"} letters, for JSON and logs. */
  public Map<String, String> asCodes() {
    Map<String, String> codes = new TreeMap<>();
    byTool.forEach((tool, rights) -> codes.put(tool, codes(rights)));
    return codes;
  }

  private static String codes(Set<Right> rights) {
    StringBuilder codes = new StringBuilder();
    EnumSet.copyOf(rights).forEach(right -> codes.append(right.name()));
    return codes.toString();
  }

  private static Set<Right> toSet(Collection<Right> rights) {
    return rights.isEmpty() ? EnumSet.noneOf(Right.class) : EnumSet.copyOf(rights);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof GrantedRights rights && byTool.equals(rights.byTool);
  }

  @Override
  public int hashCode() {
    return byTool.hashCode();
  }

  @Override
  public String toString() {
    return asCodes().toString();
  }
}
