package org.sis.selectivesync.resync;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.sis.selectivesync.district.Calendar;
import org.sis.selectivesync.district.DistrictChoice;
import org.sis.selectivesync.district.DistrictChoices;
import org.sis.selectivesync.rights.Caller;
import org.sis.selectivesync.rights.RequiresRight;
import org.sis.selectivesync.rights.Right;
import org.sis.selectivesync.rights.Tools;
import org.sis.selectivesync.sync.BatchOrder;
import org.sis.selectivesync.sync.InvalidRequestException;
import org.sis.selectivesync.sync.RequestStore;
import org.sis.selectivesync.sync.SyncMessages;
import org.sis.selectivesync.sync.SyncOrder;
import org.sis.selectivesync.sync.SyncRequest;
import org.sis.selectivesync.sync.SyncRequests;

/**
 * Resync State Data (Batch) as the page and the REST API use it: sends every record of an object in
 * a district scope through the sync engine as one request. Every call needs R on the tool (R views
 * and runs a batch resync), and a district user may only name their own district. A scope is
 * validated whole (object, district, school, calendar, year, throttle) before anything is read or
 * stored.
 */
@ApplicationScoped
@RequiresRight(tool = Tools.RESYNC_BATCH, right = Right.R)
public class BatchResync {

  private static final int FIRST_YEAR = 1900;
  private static final int LAST_YEAR = 2999;

  @Inject private ScopeRecords records;

  @Inject private SyncRequests requests;

  @Inject private RequestStore store;

  @Inject private ResyncSettings settings;

  @Inject private Caller caller;

  @Inject private DistrictChoices districtChoices;

  /** The districts the caller may pick: every one for a state user, else their own. */
  public List<DistrictChoice> districts() {
    return districtChoices.usable();
  }

  /** The schools of a district, labelled "name (state number)". */
  public List<ScopeOption> schools(int districtId) {
    caller.requireDistrict(districtId);
    return records.schools(districtId).stream()
        .map(s -> new ScopeOption(s.getId(), s.getName() + " (" + s.getId() + ")"))
        .toList();
  }

  /** The calendars of a district, of one school when given, labelled with their name and ID. */
  public List<ScopeOption> calendars(int districtId, Integer schoolId) {
    caller.requireDistrict(districtId);
    return records.calendars(districtId, schoolId).stream().map(BatchResync::option).toList();
  }

  /** The school years of a district's calendars, newest first, labelled {@code 2021-2022}. */
  public List<ScopeOption> schoolYears(int districtId) {
    caller.requireDistrict(districtId);
    return records.schoolYears(districtId).stream()
        .map(
            year -> new ScopeOption(year, SyncMessages.format("resync.scope.year", year - 1, year)))
        .toList();
  }

  /**
   * How many records a batch resync of the scope would send.
   *
   * @throws InvalidRequestException naming what is wrong with the scope
   * @throws org.sis.selectivesync.rights.AccessDeniedException for another district
   */
  public long count(ResyncScope scope) {
    SyncOrder order = validate(scope, false);
    return records.count(order.object(), scope);
  }

  /**
   * Queues a batch resync of every record in the scope and starts its job.
   *
   * @param maxRecordsPerSecond the throttle; {@code null} for the configured default, 0 unlimited
   * @throws InvalidRequestException naming what is wrong, or when the scope holds no record;
   *     nothing is stored
   * @throws org.sis.selectivesync.rights.AccessDeniedException for another district
   */
  public SyncRequest start(
      ResyncScope scope, boolean checkDependencies, Integer maxRecordsPerSecond) {
    int throttle =
        maxRecordsPerSecond == null ? settings.maxRecordsPerSecond() : maxRecordsPerSecond;
    if (throttle < 0) {
      throw new InvalidRequestException(SyncMessages.format("resync.badThrottle", throttle));
    }
    SyncOrder order = validate(scope, checkDependencies);
    BatchOrder batch = new BatchOrder(scope.describe(), throttle);
    return requests.submitBatch(
        order, batch, (after, count) -> records.keys(order.object(), scope, after, count));
  }

  /**
   * A request as it stands, to follow its progress.
   *
   * @throws org.sis.selectivesync.rights.AccessDeniedException for another district's request
   */
  public Optional<SyncRequest> progress(long requestId) {
    Optional<SyncRequest> request = store.find(requestId);
    request.ifPresent(r -> caller.requireDistrict(r.getDistrictId()));
    return request;
  }

  /** Above how many records the page asks for confirmation. */
  public long confirmAbove() {
    return settings.confirmAbove();
  }

  /** The throttle the page offers first. */
  public int defaultMaxRecordsPerSecond() {
    return settings.maxRecordsPerSecond();
  }

  private SyncOrder validate(ResyncScope scope, boolean checkDependencies) {
    if (scope.districtId() != null) {
      caller.requireDistrict(scope.districtId());
    }
    SyncOrder order =
        requests.order(scope.object(), scope.districtId(), checkDependencies, caller.userName());
    int district = order.districtId();
    if (scope.schoolId() != null
        && !records.districtOfSchool(scope.schoolId()).equals(Optional.of(district))) {
      throw new InvalidRequestException(
          SyncMessages.format("resync.unknownSchool", scope.schoolId(), district));
    }
    if (scope.calendarId() != null) {
      checkCalendar(scope, district);
    }
    if (scope.schoolYear() != null
        && (scope.schoolYear() < FIRST_YEAR || scope.schoolYear() > LAST_YEAR)) {
      throw new InvalidRequestException(SyncMessages.format("resync.badYear", scope.schoolYear()));
    }
    return order;
  }

  private void checkCalendar(ResyncScope scope, int district) {
    ScopeRecords.CalendarPlace place =
        records
            .placeOfCalendar(scope.calendarId())
            .filter(p -> p.districtId() == district)
            .orElseThrow(
                () ->
                    new InvalidRequestException(
                        SyncMessages.format(
                            "resync.unknownCalendar", scope.calendarId(), district)));
    if (scope.schoolId() != null && place.schoolId() != scope.schoolId()) {
      throw new InvalidRequestException(
          SyncMessages.format(
              "resync.calendarOfOtherSchool", scope.calendarId(), scope.schoolId()));
    }
  }

  private static ScopeOption option(Calendar calendar) {
    return new ScopeOption(calendar.getId(), calendar.getName() + " (" + calendar.getId() + ")");
  }
}
