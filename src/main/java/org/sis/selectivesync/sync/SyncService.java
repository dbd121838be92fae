package org.sis.selectivesync.sync;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import org.sis.selectivesync.rights.Caller;
import org.sis.selectivesync.rights.RequiresRight;
import org.sis.selectivesync.rights.Right;
import org.sis.selectivesync.rights.Tools;

/**
 * Sync requests as the Selective Sync page and the REST API submit them: the caller needs the right
 * W on Selective Sync, a district user may only name their own district, and the request is
 * recorded as initiated by the signed-in user.
 */
@ApplicationScoped
public class SyncService {

  @Inject private SyncRequests requests;

  @Inject private SyncSettings settings;

  @Inject private Caller caller;

  /**
   * Validates and queues a request whose keys are pasted text.
   *
   * @throws InvalidRequestException naming what is wrong; nothing is stored
   * @throws org.sis.selectivesync.rights.AccessDeniedException without the right or for another
   *     district
   */
  @RequiresRight(tool = Tools.SELECTIVE_SYNC, right = Right.W)
  public SyncRequest submit(String object, Integer districtId, String keys, boolean parents) {
    requireDistrict(districtId);
    return requests.submit(object, districtId, keys, parents, caller.userName());
  }

  /** As {@link #submit(String, Integer, String, boolean)}, keys from a JSON array. */
  @RequiresRight(tool = Tools.SELECTIVE_SYNC, right = Right.W)
  public SyncRequest submit(
      String object, Integer districtId, Collection<?> keys, boolean parents) {
    requireDistrict(districtId);
    return requests.submit(object, districtId, keys, parents, caller.userName());
  }

  /** Parses a key text without submitting it, for the page's live count; reads no data. */
  public List<Long> parseKeys(String keys) {
    return settings.keyList().parse(keys);
  }

  /** How many distinct valid keys a text holds, bad tokens ignored, for the page's live count. */
  public int countKeys(String keys) {
    return settings.keyList().countValid(keys);
  }

  private void requireDistrict(Integer districtId) {
    if (districtId != null) {
      caller.requireDistrict(districtId);
    }
  }
}
