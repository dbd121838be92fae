package org.sis.selectivesync.sync;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * One press of Sync (or one API call): what to sync, for which district, by whom, and how far it
 * got. Progress and counts live here, in the tool database, so any instance can report them.
 */
@Entity
@Table(name = "sync_request")
public class SyncRequest {

  // Times are stored as UTC LocalDateTime: JPA 3.1 (EclipseLink 4.0) does not map Instant.

  @Id
  @Column(name = "request_id")
  @SequenceGenerator(
      name = "sync_request_seq",
      sequenceName = "sync_request_seq",
      allocationSize = 1)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sync_request_seq")
  private long id;

  @Column(name = "object_type")
  private String objectType;

  @Column(name = "district_id")
  private int districtId;

  @Column(name = "initiated_by")
  private String initiatedBy;

  @Column(name = "requested_at")
  private LocalDateTime requestedAt;

  @Column(name = "started_at")
  private LocalDateTime startedAt;

  @Column(name = "finished_at")
  private LocalDateTime finishedAt;

  @Enumerated(EnumType.STRING)
  private RequestStatus status;

  @Column(name = "check_dependencies")
  private boolean checkDependencies;

  @Column(name = "key_count")
  private int keyCount;

  private int processed;
  private int synced;
  private int unchanged;

  @Column(name = "not_found")
  private int notFound;

  private int skipped;
  private int failed;

  @Column(name = "job_execution_id")
  private Long jobExecutionId;

  @Column(name = "claimed_by")
  private String claimedBy;

  private String failure;

  @Enumerated(EnumType.STRING)
  @Column(name = "request_kind")
  private RequestKind kind = RequestKind.SELECTIVE;

  private String scope;

  @Column(name = "max_records_per_second")
  private int maxRecordsPerSecond;

  @Version private int version;

  protected SyncRequest() {}

  /** A new queued request. */
  public SyncRequest(SyncOrder order, int keyCount, Instant requestedAt) {
    this.objectType = order.object().displayName();
    this.districtId = order.districtId();
    this.initiatedBy = order.initiatedBy();
    this.checkDependencies = order.checkDependencies();
    this.keyCount = keyCount;
    this.requestedAt = utc(requestedAt);
    this.status = RequestStatus.QUEUED;
  }

  /** A new queued batch request; its key count is set once its keys are stored. */
  public SyncRequest(SyncOrder order, BatchOrder batch, Instant requestedAt) {
    this(order, 0, requestedAt);
    this.kind = RequestKind.BATCH;
    this.scope = batch.scope();
    this.maxRecordsPerSecond = batch.maxRecordsPerSecond();
  }

  public long getId() {
    return id;
  }

  public SyncObject getObject() {
    return SyncObject.ofDisplayName(objectType);
  }

  public int getDistrictId() {
    return districtId;
  }

  public String getInitiatedBy() {
    return initiatedBy;
  }

  public Instant getRequestedAt() {
    return instant(requestedAt);
  }

  public Instant getStartedAt() {
    return instant(startedAt);
  }

  public Instant getFinishedAt() {
    return instant(finishedAt);
  }

  public RequestStatus getStatus() {
    return status;
  }

  public boolean isCheckDependencies() {
    return checkDependencies;
  }

  public int getKeyCount() {
    return keyCount;
  }

  public int getProcessed() {
    return processed;
  }

  public Long getJobExecutionId() {
    return jobExecutionId;
  }

  public String getClaimedBy() {
    return claimedBy;
  }

  public String getFailure() {
    return failure;
  }

  public RequestKind getKind() {
    return kind;
  }

  /** The scope of a batch request in words; {@code null} for a selective one. */
  public String getScope() {
    return scope;
  }

  /** The throttle of the request's job in records per second; 0 for unlimited. */
  public int getMaxRecordsPerSecond() {
    return maxRecordsPerSecond;
  }

  /**
   * Records per second so far: processed records over the time since the start, up to the finish or
   * {@code now}; empty before the start or when no time has passed.
   */
  public OptionalDouble rate(Instant now) {
    if (startedAt == null) {
      return OptionalDouble.empty();
    }
    Instant end = finishedAt == null ? now : getFinishedAt();
    long millis = Duration.between(getStartedAt(), end).toMillis();
    return millis <= 0 ? OptionalDouble.empty() : OptionalDouble.of(processed * 1000.0 / millis);
  }

  /** The counts per outcome so far, every outcome present. */
  public Map<Outcome, Integer> counts() {
    Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
    counts.put(Outcome.SYNCED, synced);
    counts.put(Outcome.UNCHANGED, unchanged);
    counts.put(Outcome.NOT_FOUND, notFound);
    counts.put(Outcome.SKIPPED, skipped);
    counts.put(Outcome.FAILED, failed);
    return counts;
  }

  /** Replaces the progress with counts computed from the stored results. */
  public void setCounts(Map<Outcome, Integer> counts) {
    synced = counts.getOrDefault(Outcome.SYNCED, 0);
    unchanged = counts.getOrDefault(Outcome.UNCHANGED, 0);
    notFound = counts.getOrDefault(Outcome.NOT_FOUND, 0);
    skipped = counts.getOrDefault(Outcome.SKIPPED, 0);
    failed = counts.getOrDefault(Outcome.FAILED, 0);
    processed = synced + unchanged + notFound + skipped + failed;
  }

  /** Ends the request with a final status, and a failure text for FAILED or STOPPED. */
  public void finish(RequestStatus finalStatus, String failure, Instant now) {
    this.status = finalStatus;
    this.failure = failure;
    this.finishedAt = utc(now);
  }

  private static LocalDateTime utc(Instant instant) {
    return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  private static Instant instant(LocalDateTime utc) {
    return utc == null ? null : utc.toInstant(ZoneOffset.UTC);
  }
}
