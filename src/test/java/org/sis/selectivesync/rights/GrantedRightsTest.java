package org.sis.selectivesync.rights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class GrantedRightsTest {

  @Test
  void aUserHoldsTheUnionOfTheirGroupsRights() {
    GrantedRights syncers = GrantedRights.ofCodes(Map.of("selective-sync", "RW"));
    GrantedRights cleaners =
        GrantedRights.ofCodes(Map.of("selective-sync", "D", "tool-rights", "R"));

    GrantedRights both = syncers.union(cleaners);

    assertThat(both.asCodes())
        .containsExactly(Map.entry("selective-sync", "RWD"), Map.entry("tool-rights", "R"));
    assertThat(both.has("selective-sync", Right.D)).isTrue();
    assertThat(both.has("tool-rights", Right.W)).isFalse();
  }

  @Test
  void toolsWithoutRightsAreLeftOutSoEqualGrantsAreEqual() {
    GrantedRights withEmpty = GrantedRights.ofCodes(Map.of("resync-batch", "", "tool-rights", "R"));

    assertThat(withEmpty).isEqualTo(GrantedRights.ofCodes(Map.of("tool-rights", "R")));
    assertThat(withEmpty.tools()).containsExactly("tool-rights");
  }

  @Test
  void changesToListWhatIsGrantedAndRevoked() {
    GrantedRights before = GrantedRights.ofCodes(Map.of("selective-sync", "RW"));
    GrantedRights after = GrantedRights.ofCodes(Map.of("selective-sync", "RD", "tool-rights", "R"));

    assertThat(before.changesTo(after))
        .containsExactly(
            new RightChange("selective-sync", Right.W, false),
            new RightChange("selective-sync", Right.D, true),
            new RightChange("tool-rights", Right.R, true));
    assertThat(after.changesTo(after)).isEmpty();
  }

  @Test
  void unknownRightLettersAreRejected() {
    assertThatThrownBy(() -> GrantedRights.ofCodes(Map.of("selective-sync", "RX")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aDistrictUserMayUseOnlyTheirDistrict() {
    CallerScope district =
        new CallerScope(
            "bearcreek.admin", "Bear Creek", OptionalInt.of(255903), GrantedRights.none());
    CallerScope state =
        new CallerScope("state.admin", "State", OptionalInt.empty(), GrantedRights.none());

    assertThat(district.canUse(255903)).isTrue();
    assertThat(district.canUse(255902)).isFalse();
    assertThat(district.isStateUser()).isFalse();
    assertThat(state.canUse(255902)).isTrue();
    assertThat(state.isStateUser()).isTrue();
  }

  @Test
  void deniedMessagesNameTheUserTheRightAndTheTool() {
    assertThat(AccessDeniedException.missingRight("viewer", "Tool Rights", Right.W))
        .hasMessage("User viewer lacks the right W on the tool Tool Rights.");
    assertThat(AccessDeniedException.otherDistrict("lakeside.admin", 255903))
        .hasMessage("User lakeside.admin may not use district 255903.");
  }
}
