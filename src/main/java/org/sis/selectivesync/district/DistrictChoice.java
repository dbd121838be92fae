package org.sis.selectivesync.district;

import java.io.Serializable;
import java.util.List;

/**
 * A district as the pages' district pickers and fixed district texts show it.
 *
 * @param id the district's ID
 * @param name the district's name
 */
public record DistrictChoice(int id, String name) implements Serializable {

  /** The name with the ID, e.g. {@code Bear Creek ISD (255903)}. */
  public String label() {
    return name + " (" + id + ")";
  }

  /** The label of a district among the choices; its ID alone when it is not among them. */
  public static String labelOf(List<DistrictChoice> choices, Integer districtId) {
    return choices.stream()
        .filter(choice -> districtId != null && choice.id() == districtId)
        .map(DistrictChoice::label)
        .findFirst()
        .orElse(String.valueOf(districtId));
  }
}
