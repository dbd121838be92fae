package org.sis.selectivesync.verify;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.util.List;
import org.sis.selectivesync.district.District;

/** The districts of the district database, for the district picker of a state user. */
@ApplicationScoped
public class DistrictChoices {

  @PersistenceContext(unitName = "district")
  private EntityManager district;

  /** Every district, by name. */
  public List<DistrictChoice> all() {
    return district
        .createQuery("SELECT d FROM District d ORDER BY d.name", District.class)
        .getResultStream()
        .map(d -> new DistrictChoice(d.getId(), d.getName()))
        .toList();
  }

  /** A district as a picker lists it. */
  public record DistrictChoice(int id, String name) implements Serializable {}
}
