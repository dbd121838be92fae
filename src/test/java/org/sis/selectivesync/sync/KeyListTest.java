package org.sis.selectivesync.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class KeyListTest {

  private final KeyList keys = new KeyList(5, 1_000);

  @Test
  void pastedColumnsAndListsAreSplitOnEverySeparator() {
    assertThat(keys.parse("821, 822;823\t824\n825")).containsExactly(821L, 822L, 823L, 824L, 825L);
  }

  @Test
  void duplicatesAreDroppedKeepingFirstOrder() {
    assertThat(keys.parse("9 3 9 1 3")).containsExactly(9L, 3L, 1L);
  }

  @Test
  void byteOrderMarkWindowsLineEndsBlankLinesAndTrailingCommaAreFine() {
    assertThat(keys.parse("\uFEFF821,\r\n822,\r\n   \r\n\r\n823,"))
        .containsExactly(821L, 822L, 823L);
  }

  @Test
  void emptyInputIsRefused() {
    for (String empty : new String[] {null, "", "  \n\t ", ",;,"}) {
      assertThatThrownBy(() -> keys.parse(empty))
          .isInstanceOf(InvalidRequestException.class)
          .hasMessage("Enter at least one ID.");
    }
  }

  @Test
  void tokensThatAreNotWholePositiveNumbersAreListed() {
    assertThatThrownBy(() -> keys.parse("12a, -5, 7, 1.5, 0x1F, 0"))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("5 entries are not valid IDs")
        .hasMessageContaining("12a, -5, 1.5, 0x1F, 0")
        .extracting(e -> ((InvalidRequestException) e).invalidKeys())
        .isEqualTo(List.of("12a", "-5", "1.5", "0x1F", "0"));
  }

  @Test
  void numbersBeyondTheIdRangeAreRefused() {
    assertThatThrownBy(() -> keys.parse("9223372036854775807 9223372036854775808"))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("1 entry is not a valid ID")
        .hasMessageContaining("9223372036854775808");
  }

  @Test
  void moreKeysThanTheMaximumAreRefused() {
    assertThatThrownBy(() -> keys.parse("1 2 3 4 5 6"))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessage("The request holds 6 distinct IDs; at most 5 are accepted per request.");
    assertThat(keys.parse("1 2 3 4 5 5 5")).hasSize(5);
  }

  @Test
  void oversizedTextIsRefusedBeforeParsing() {
    String tenMegabytes = "1,".repeat(5 * 1024 * 1024);
    assertThatThrownBy(() -> keys.parse(tenMegabytes))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessage("The ID list is 10,485,760 characters long; at most 1,000 are accepted.");
  }

  @Test
  void jsonArrayElementsAreValidatedTheSameWay() {
    assertThat(keys.of(List.of(821, "822", 821L))).containsExactly(821L, 822L);
    assertThatThrownBy(() -> keys.of(List.of(1, "x1", 2.5)))
        .isInstanceOf(InvalidRequestException.class)
        .extracting(e -> ((InvalidRequestException) e).invalidKeys())
        .isEqualTo(List.of("x1", "2.5"));
  }

  @Test
  void longListsOfBadTokensAreQuotedInPart() {
    String bad = "a ".repeat(KeyList.QUOTED_TOKENS + 3);
    assertThatThrownBy(() -> keys.parse(bad))
        .hasMessageContaining("23 entries are not valid IDs")
        .hasMessageEndingWith("and 3 more");
  }

  @Test
  void theLiveCountCountsDistinctValidKeysAndIgnoresBadTokensAndLimits() {
    assertThat(keys.countValid("821 822, 821; 12a -5 823 824 825 826 827")).isEqualTo(7);
    assertThat(keys.countValid("  \n ,")).isZero();
    assertThat(keys.countValid(null)).isZero();
    assertThat(keys.countValid("1 ".repeat(600))).isZero();
  }
}
