package org.sis.selectivesync.rights;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The user of the current request and what they may reach. Services call it to check a district
 * (the tool rights themselves are checked by {@link RequiresRight}); pages use it as {@code
 * #{caller}}.
 *
 * <p>Request scoped: it exists only while a page or REST request runs. Work that runs later (a
 * batch job) must carry the user name and district it was started with instead.
 */
@Named
@RequestScoped
public class Caller {

  @Inject private SecurityContext security;

  @Inject private UserDirectory directory;

  @Inject private ToolCatalog catalog;

  private Optional<CallerScope> scope;

  /** Whether a known user is signed in. */
  public boolean isSignedIn() {
    return scope().isPresent();
  }

  /**
   * @throws AccessDeniedException when nobody is signed in
   */
  public String userName() {
    return required().userName();
  }

  /** The name the shell shows for the user. */
  public String getDisplayName() {
    return required().displayName();
  }

  /** Whether the user works for the state, and so may use every district. */
  public boolean isStateUser() {
    return required().isStateUser();
  }

  /** The user's district; empty for a state user. */
  public OptionalInt districtId() {
    return required().districtId();
  }

  /** Whether the user may see and change records of the district. */
  public boolean canUse(int districtId) {
    return scope().map(caller -> caller.canUse(districtId)).orElse(false);
  }

  /**
   * @throws AccessDeniedException when the user is a district user of another district, or nobody
   *     is signed in
   */
  public void requireDistrict(int districtId) {
    if (!required().canUse(districtId)) {
      throw AccessDeniedException.otherDistrict(userName(), districtId);
    }
  }

  /** Whether the user holds the right on the tool (false when nobody is signed in). */
  public boolean has(String tool, Right right) {
    return scope().map(caller -> caller.has(tool, right)).orElse(false);
  }

  /**
   * @throws AccessDeniedException when the user lacks the right, or nobody is signed in
   */
  public void require(String tool, Right right) {
    Optional<AccessDeniedException> refusal = refusal(tool, right);
    if (refusal.isPresent()) {
      throw refusal.get();
    }
  }

  /** Why the user may not use the right on the tool; empty when they may. */
  public Optional<AccessDeniedException> refusal(String tool, Right right) {
    if (scope().isEmpty()) {
      return Optional.of(AccessDeniedException.notSignedIn());
    }
    if (scope().get().has(tool, right)) {
      return Optional.empty();
    }
    return Optional.of(AccessDeniedException.missingRight(userName(), catalog.nameOf(tool), right));
  }

  /** The user's rights: the union over their groups (none when nobody is signed in). */
  public GrantedRights rights() {
    return scope().map(CallerScope::rights).orElse(GrantedRights.none());
  }

  private CallerScope required() {
    return scope().orElseThrow(AccessDeniedException::notSignedIn);
  }

  private Optional<CallerScope> scope() {
    if (scope == null) {
      Principal principal = security.getCallerPrincipal();
      scope = principal == null ? Optional.empty() : directory.scopeOf(principal.getName());
    }
    return scope;
  }
}
