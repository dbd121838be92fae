package org.sis.selectivesync.district;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.sis.selectivesync.rights.Caller;

/**
 * The districts a user may pick on the tool pages: every district of the district database for a
 * state user, their own for a district user. Read-only.
 */
@ApplicationScoped
public class DistrictChoices {

  @PersistenceContext(unitName = "district")
  private EntityManager district;

  @Inject private Caller caller;

  /** The districts the caller may use, by name. */
  public List<DistrictChoice> usable() {
    return district
        .createQuery("SELECT d FROM District d ORDER BY d.name", District.class)
        .getResultStream()
        .filter(d -> caller.canUse(d.getId()))
        .map(d -> new DistrictChoice(d.getId(), d.getName()))
        .toList();
  }
}
