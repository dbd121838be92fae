package org.sis.selectivesync.sync;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import org.primefaces.PrimeFaces;
import org.sis.selectivesync.district.DistrictChoice;
import org.sis.selectivesync.district.DistrictChoices;
import org.sis.selectivesync.history.SyncHistory;
import org.sis.selectivesync.host.PageText;
import org.sis.selectivesync.rights.Caller;

/**
 * The Selective Sync page: pick the object and district, paste or look up IDs, press Sync, and
 * follow the request's progress left of View History. The service checks the rights; this bean only
 * turns refusals into messages on the field they concern.
 */
@Named
@ViewScoped
public class SelectiveSyncPage implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The client ID of the ID text area, where input errors are shown. */
  static final String KEYS_FIELD = "sync:keys";

  @Inject private SyncService sync;

  @Inject private SyncHistory history;

  @Inject private IdLookup lookup;

  @Inject private SyncSettings settings;

  @Inject private Caller caller;

  @Inject private DistrictChoices districtChoices;

  private List<DistrictChoice> districts;
  private Integer districtId;
  private String object = SyncObject.PERSON_IDENTITY.displayName();
  private String keys;
  private boolean checkDependencies;
  private int keyCount;
  private Long requestId;
  private String lookupText;
  private List<PersonMatch> lookupMatches = List.of();
  private String added = "";

  @PostConstruct
  void open() {
    districts = districtChoices.usable();
    if (!districts.isEmpty()) {
      districtId = caller.districtId().orElse(districts.get(0).id());
    }
  }

  /** Recounts the distinct valid IDs as the user types; bad tokens get a message on the field. */
  public void countKeys() {
    keyCount = sync.countKeys(keys);
    if (keys == null || keys.isBlank()) {
      return;
    }
    try {
      sync.parseKeys(keys);
    } catch (InvalidRequestException refused) {
      PageText.error(KEYS_FIELD, refused.getMessage());
    }
  }

  /**
   * Sync: submits the request, unless one of this page is still running, in which case the user
   * confirms first.
   */
  public void sync() {
    if (isRunning()) {
      PrimeFaces.current().executeScript("PF('confirmSecond').show()");
      return;
    }
    submit();
  }

  /** Submits the request; refused input is shown on the ID field and nothing is queued. */
  public void submit() {
    try {
      SyncRequest request = sync.submit(object, districtId, keys, checkDependencies);
      requestId = request.getId();
    } catch (InvalidRequestException refused) {
      PageText.error(KEYS_FIELD, refused.getMessage());
      PrimeFaces.current().ajax().addCallbackParam("refused", true);
    }
  }

  /** The progress message of this page's latest request; empty before the first Sync. */
  public String getProgress() {
    return current()
        .map(SyncProgress::of)
        .map(progress -> PageText.format(progress.key(), progress.arguments()))
        .orElse("");
  }

  /** Whether this page's latest request is still queued or running. */
  public boolean isRunning() {
    return current().map(r -> r.getStatus().isActive()).orElse(false);
  }

  /** Finds persons by name, student number or personID in the chosen district. */
  public void find() {
    lookupMatches = districtId == null ? List.of() : lookup.find(districtId, lookupText);
    if (lookupMatches.isEmpty()) {
      PageText.error("lookup:query", PageText.format("lookup.none", lookupText));
    }
  }

  /** Adds an ID from the lookup to the end of the ID list, unless it is there, and recounts. */
  public void add(long key) {
    String list = keys == null ? "" : keys.stripTrailing();
    boolean listed = list.lines().map(String::strip).anyMatch(Long.toString(key)::equals);
    if (!listed) {
      keys = list.isEmpty() ? Long.toString(key) : list + "\n" + key;
      keyCount = sync.countKeys(keys);
    }
    added = PageText.format(listed ? "lookup.alreadyListed" : "lookup.added", key);
  }

  /** What the last click in the lookup did to the ID list. */
  public String getAdded() {
    return added;
  }

  /** Which of a person's IDs the lookup offers for the chosen object. */
  public String getLookupHint() {
    return PageText.format(
        SyncObject.ENROLLMENT.displayName().equals(object)
            ? "lookup.hint.enrollment"
            : "lookup.hint.person");
  }

  /** The longest ID text the page posts; longer ones are refused in the browser. */
  public int getMaxInputChars() {
    return settings.maxInputChars();
  }

  /** The message the browser shows for an ID text longer than {@link #getMaxInputChars()}. */
  public String getTooLongMessage() {
    return PageText.format("keys.tooLong.page", settings.maxInputChars());
  }

  /** The hint under the object choice: which ID the chosen object takes. */
  public String getObjectHint() {
    return PageText.format(
        SyncObject.ENROLLMENT.displayName().equals(object)
            ? "sync.object.enrollment.hint"
            : "sync.object.person.hint");
  }

  /** The name of the chosen district, for a user who cannot pick another. */
  public String getDistrictName() {
    return DistrictChoice.labelOf(districts, districtId);
  }

  private Optional<SyncRequest> current() {
    return requestId == null ? Optional.empty() : history.request(requestId);
  }

  public List<DistrictChoice> getDistricts() {
    return districts;
  }

  public boolean isDistrictFixed() {
    return !caller.isStateUser();
  }

  public Integer getDistrictId() {
    return districtId;
  }

  public void setDistrictId(Integer districtId) {
    this.districtId = districtId;
  }

  public String getObject() {
    return object;
  }

  public void setObject(String object) {
    this.object = object;
  }

  public String getKeys() {
    return keys;
  }

  public void setKeys(String keys) {
    this.keys = keys;
  }

  public boolean isCheckDependencies() {
    return checkDependencies;
  }

  public void setCheckDependencies(boolean checkDependencies) {
    this.checkDependencies = checkDependencies;
  }

  public int getKeyCount() {
    return keyCount;
  }

  public Long getRequestId() {
    return requestId;
  }

  public String getLookupText() {
    return lookupText;
  }

  public void setLookupText(String lookupText) {
    this.lookupText = lookupText;
  }

  public List<PersonMatch> getLookupMatches() {
    return lookupMatches;
  }
}
