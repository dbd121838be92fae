package org.sis.selectivesync.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RecordFieldsTest {

  @Test
  void equalRecordsHaveNoDifferencesAndAnEmptyValueDiffersFromAnyOther() {
    assertThat(person("Lee", LocalDate.of(2010, 1, 1)).differencesFrom(1, person("Lee", null)))
        .extracting(FieldDifference::field)
        .containsExactly("birthDate");
    assertThat(person("Lee", null).differencesFrom(1, person("Lee", null))).isEmpty();
  }

  @Test
  void aFieldOfARowAtBothSidesIsListedWithBothValuesAndItsRow() {
    assertThat(person("Lee", null).differencesFrom(7, person("Le", null)))
        .extracting(
            FieldDifference::key,
            FieldDifference::field,
            FieldDifference::row,
            FieldDifference::districtValue,
            FieldDifference::stateValue)
        .containsExactly(tuple(7L, "lastName", 101L, "Lee", "Le"));
  }

  @Test
  void aRowAtOneSideOnlyIsOneDifferenceWithItsSummary() {
    RecordFields state = person("Lee", null).rowField(199, "lastName", "Lee-Old");

    assertThat(person("Lee", null).differencesFrom(1, state))
        .extracting(FieldDifference::field, FieldDifference::row, FieldDifference::districtValue)
        .containsExactly(tuple("identityRow", 199L, null));
    assertThat(person("Lee", null).differencesFrom(1, state).get(0).stateValue())
        .isEqualTo("Lee-Old");
  }

  @Test
  void aRecordAtOneSideOnlyListsEveryField() {
    RecordFields district = new RecordFields().field("grade", "09").field("endDate", null);

    assertThat(RecordFields.oneSided(3, district, null))
        .extracting(FieldDifference::field, FieldDifference::districtValue)
        .containsExactly(tuple("grade", "09"));
    assertThat(RecordFields.oneSided(3, null, district))
        .extracting(FieldDifference::field, FieldDifference::stateValue)
        .containsExactly(tuple("grade", "09"));
  }

  private static RecordFields person(String lastName, LocalDate birthDate) {
    return new RecordFields()
        .field("studentNumber", "N1")
        .rowField(101, "lastName", lastName)
        .rowField(101, "birthDate", birthDate);
  }
}
