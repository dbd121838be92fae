package org.sis.selectivesync.verify;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.sis.selectivesync.district.DistrictChoice;
import org.sis.selectivesync.district.DistrictChoices;
import org.sis.selectivesync.report.ReportFormat;
import org.sis.selectivesync.rights.Caller;
import org.sis.selectivesync.rights.RequiresRight;
import org.sis.selectivesync.rights.Right;
import org.sis.selectivesync.rights.Tools;
import org.sis.selectivesync.sync.DistrictRecords;
import org.sis.selectivesync.sync.SyncObject;
import org.sis.selectivesync.sync.SyncRequest;
import org.sis.selectivesync.sync.SyncService;

/**
 * The Verification Summary as a user may use it, for the page and the REST API alike: R on the tool
 * views runs and their sets, W exports the report, A starts a run (re-verifies). A district user
 * reaches only their own district. Sending a set to Selective Sync needs R here and W on Selective
 * Sync, which {@link SyncService} checks.
 */
@ApplicationScoped
@RequiresRight(tool = Tools.VERIFICATION_SUMMARY, right = Right.R)
public class VerificationService {

  /** The objects a verification compares, in the order the page offers them. */
  public static final List<SyncObject> OBJECTS =
      List.of(
          SyncObject.PERSON_IDENTITY,
          SyncObject.ENROLLMENT,
          SyncObject.SCHOOL,
          SyncObject.CALENDAR);

  private static final Logger LOG = Logger.getLogger(VerificationService.class.getName());

  @Inject private VerificationRuns runs;

  @Inject private VerificationJobs jobs;

  @Inject private DistrictRecords districts;

  @Inject private DistrictChoices districtChoices;

  @Inject private KeyDescriptions descriptions;

  @Inject private FieldDifferences differences;

  @Inject private SyncService sync;

  @Inject private VerificationReport report;

  @Inject private Caller caller;

  private final Clock clock = Clock.systemUTC();

  /**
   * Starts a verification run of an object in a district (Re-verify).
   *
   * @throws InvalidVerificationException for an unknown object or district; nothing is stored
   * @throws org.sis.selectivesync.rights.AccessDeniedException without A, or for another district
   */
  @RequiresRight(tool = Tools.VERIFICATION_SUMMARY, right = Right.A)
  public VerificationRun start(String objectName, Integer districtId) {
    SyncObject object = object(objectName);
    int district = district(districtId);
    VerificationRun run =
        runs.create(district, object.displayName(), caller.userName(), Instant.now(clock));
    LOG.log(
        Level.INFO,
        "Verification run {0} queued by {1}: {2} of district {3,number,#}",
        new Object[] {run.id(), run.initiatedBy(), run.object(), district});
    jobs.start(run);
    return run;
  }

  /**
   * A run by ID.
   *
   * @throws org.sis.selectivesync.rights.AccessDeniedException for another district's run
   */
  public Optional<VerificationRun> run(long runId) {
    Optional<VerificationRun> run = runs.find(runId);
    run.ifPresent(r -> caller.requireDistrict(r.districtId()));
    return run;
  }

  /** The shown (newest complete) and pending runs of a district and object. */
  public VerificationSummary summary(Integer districtId, String objectName) {
    SyncObject object = object(objectName);
    int district = district(districtId);
    Optional<VerificationRun> shown = runs.latestComplete(district, object.displayName());
    long shownId = shown.map(VerificationRun::id).orElse(0L);
    Optional<VerificationRun> latest =
        runs.latest(district, object.displayName()).filter(run -> run.id() > shownId);
    return new VerificationSummary(
        shown,
        latest.filter(run -> run.status().isActive()),
        latest.filter(run -> !run.status().isActive()));
  }

  /** The districts the caller may pick: every one for a state user, else their own. */
  public List<DistrictChoice> districts() {
    return districtChoices.usable();
  }

  /**
   * One page of a set of a run with descriptions and, for DIFFERENT, the differing fields.
   *
   * @throws InvalidVerificationException for an unknown set or run
   */
  public List<KeyLine> keys(long runId, String setName, int page, int size, Locale locale) {
    VerificationRun run = existing(runId);
    VerificationSet set = set(setName);
    List<Long> keys = runs.keys(runId, set, Math.max(0, page), Math.max(1, size));
    return lines(run, set, keys, locale);
  }

  /**
   * Sends keys of a set to Selective Sync as one request: the given ones, or the whole set when
   * none are given. Only PersonIdentity and Enrollment can be sent; schools and calendars go with
   * their enrollments (Check dependencies). Keys only at the state are never sent.
   *
   * @throws InvalidVerificationException for a set or object that cannot be sent, or keys that are
   *     not in the set
   */
  public SyncRequest send(
      long runId, String setName, Collection<Long> keys, boolean checkDependencies) {
    VerificationRun run = existing(runId);
    VerificationSet set = set(setName);
    SyncObject object = SyncObject.ofDisplayName(run.object());
    if (!object.isRequestable()) {
      throw VerificationMessages.invalid("verify.error.notSendable", run.object());
    }
    if (set == VerificationSet.ONLY_AT_STATE) {
      throw VerificationMessages.invalid("verify.error.onlyAtStateNotSent");
    }
    if (!runs.containsAll(runId, set, keys)) {
      throw VerificationMessages.invalid("verify.error.keysNotInSet", set.name(), runId);
    }
    String keyText = keys.isEmpty() ? wholeSet(runId, set) : join(keys);
    SyncRequest request = sync.submit(run.object(), run.districtId(), keyText, checkDependencies);
    LOG.log(
        Level.INFO,
        "Verification run {0}: {1} sent to Selective Sync as request {2} by {3}",
        new Object[] {runId, set, request.getId(), caller.userName()});
    return request;
  }

  /**
   * Prepares the report of a run in a format: its summary and every key of each set, with
   * descriptions and the differing fields. The rights and the input are checked here, before any
   * byte is written; the export then streams a page of keys at a time.
   *
   * @throws org.sis.selectivesync.report.UnknownFormatException for an unknown format
   */
  @RequiresRight(tool = Tools.VERIFICATION_SUMMARY, right = Right.W)
  public VerificationExport export(long runId, String formatName, Locale locale) {
    VerificationRun run = existing(runId);
    ReportFormat format = ReportFormat.parse(formatName);
    return new VerificationExport(
        run,
        format,
        out ->
            report.write(run, format, locale, out, (set, keys) -> lines(run, set, keys, locale)));
  }

  private List<KeyLine> lines(
      VerificationRun run, VerificationSet set, List<Long> keys, Locale locale) {
    SyncObject object = SyncObject.ofDisplayName(run.object());
    Map<Long, String> described = descriptions.describe(object, run.districtId(), keys, locale);
    Map<Long, List<FieldDifference>> fields =
        set == VerificationSet.DIFFERENT
            ? differences.of(object, run.districtId(), keys)
            : Map.of();
    List<KeyLine> lines = new ArrayList<>(keys.size());
    for (long key : keys) {
      lines.add(new KeyLine(key, described.get(key), fields.getOrDefault(key, List.of())));
    }
    return lines;
  }

  private String wholeSet(long runId, VerificationSet set) {
    StringJoiner text = new StringJoiner(", ");
    runs.forEachKey(runId, set, 0, Long.MAX_VALUE, key -> text.add(Long.toString(key)));
    return text.toString();
  }

  private static String join(Collection<Long> keys) {
    StringJoiner text = new StringJoiner(", ");
    keys.forEach(key -> text.add(Long.toString(key)));
    return text.toString();
  }

  private VerificationRun existing(long runId) {
    return run(runId)
        .orElseThrow(() -> VerificationMessages.invalid("verify.error.unknownRun", runId));
  }

  private static SyncObject object(String name) {
    return OBJECTS.stream()
        .filter(object -> object.displayName().equals(name))
        .findFirst()
        .orElseThrow(
            () -> VerificationMessages.invalid("verify.error.unknownObject", String.valueOf(name)));
  }

  private static VerificationSet set(String name) {
    return VerificationSet.named(name)
        .orElseThrow(
            () -> VerificationMessages.invalid("verify.error.unknownSet", String.valueOf(name)));
  }

  private int district(Integer districtId) {
    if (districtId == null || districts.district(districtId).isEmpty()) {
      throw VerificationMessages.invalid(
          "verify.error.unknownDistrict", String.valueOf(districtId));
    }
    caller.requireDistrict(districtId);
    return districtId;
  }
}
