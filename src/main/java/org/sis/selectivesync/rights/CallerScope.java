package org.sis.selectivesync.rights;

import java.util.OptionalInt;

/**
 * What one signed-in user may reach: their rights (the union over their groups) and their district,
 * or every district for a state user.
 *
 * @param userName the signed-in user's name
 * @param displayName the name the shell shows
 * @param districtId the user's district; empty for a state user
 * @param rights the union of the rights of the user's groups
 */
public record CallerScope(
    String userName, String displayName, OptionalInt districtId, GrantedRights rights) {

  /** Whether the user works for the state and so may use every district. */
  public boolean isStateUser() {
    return districtId.isEmpty();
  }

  /** Whether the user may see or change records of the district. */
  public boolean canUse(int district) {
    return isStateUser() || districtId.getAsInt() == district;
  }

  public boolean has(String tool, Right right) {
    return rights.has(tool, right);
  }
}
