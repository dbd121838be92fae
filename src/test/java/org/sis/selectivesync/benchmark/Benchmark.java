package org.sis.selectivesync.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;
import java.util.stream.LongStream;
import org.sis.selectivesync.database.Database;

/**
 * The benchmark of issue 8: the sync engine and verification on a running server, side by side with
 * hand-written JDBC baselines on the same synthetic district, in one run. Not part of the test
 * command; {@code mvn -B -Pbenchmark -DskipTests package} runs it (see README, Benchmarks).
 *
 * <p>System properties: {@code bench.persons} (default 1,000,000), {@code bench.report} (default
 * {@code docs/benchmarks.md}), {@code bench.jfr} ({@code off} by default, {@code default} or {@code
 * profile}: a flight recording of the server in {@code target/benchmark/server.jfr}), {@code
 * bench.pg.host}, {@code bench.pg.port}, {@code bench.pg.user}, {@code bench.pg.password}, {@code
 * bench.pg.log-ms} (PostgreSQL logs statements of the benchmark databases slower than that, for
 * diagnosis), {@code bench.million-keys} (default 1,000,000), {@code bench.million-minutes} (its
 * time limit, default 10), {@code bench.analyze-seconds} (ANALYZE interval standing in for
 * autovacuum, default 15, 0 for none).
 */
public final class Benchmark {

  private static final Logger LOG = Logger.getLogger(Benchmark.class.getName());

  private static final int CHUNK = 1_000;
  private static final int WARM_UP_KEYS = 20_000;
  private static final int ONE_KEY_RUNS = 20;
  private static final int DISTRICT = SyntheticDistrict.DISTRICT_ID;
  private static final String PERSON_IDENTITY = "PersonIdentity";
  private static final String ENROLLMENT = "Enrollment";

  private final int persons;
  private final BenchDatabases databases;
  private final List<Figure> figures = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();
  private int nextPerson;

  private Benchmark(int persons, BenchDatabases databases) {
    this.persons = persons;
    this.databases = databases;
  }

  /** Runs the whole benchmark and writes the report. */
  public static void main(String[] args) throws Exception {
    int persons = Integer.getInteger("bench.persons", 1_000_000);
    BenchDatabases databases =
        new BenchDatabases(
            System.getProperty("bench.pg.host", "127.0.0.1"),
            Integer.getInteger("bench.pg.port", 5432),
            System.getProperty("bench.pg.user", "postgres"),
            System.getProperty("bench.pg.password", "postgres"));
    new Benchmark(persons, databases).run();
  }

  private void run() throws Exception {
    Instant began = Instant.now();
    long start = System.nanoTime();
    databases.recreate();
    Integer logMillis = Integer.getInteger("bench.pg.log-ms");
    if (logMillis != null) {
      databases.logStatementsSlowerThan(logMillis);
    }
    new SyntheticDistrict(databases, persons).generate();
    notes.add(
        String.format(
            Locale.ROOT,
            "Generated %,d persons (%,d identity rows, %,d enrollments) and the drifted state"
                + " copy in %.1f s.",
            persons,
            persons + persons / 2,
            2L * persons,
            seconds(start)));
    LOG.info(notes.get(0));

    int small = aligned(persons / 100);
    int large = aligned(persons / 10);
    long serverStart = System.nanoTime();
    int analyzeSeconds = Integer.getInteger("bench.analyze-seconds", 15);
    try (BenchServer server = startServer();
        BaselineSync baseline = new BaselineSync(databases, DISTRICT, CHUNK);
        StatisticsKeeper statistics =
            analyzeSeconds > 0 ? new StatisticsKeeper(databases, analyzeSeconds) : null) {
      notes.add(String.format(Locale.ROOT, "Server started in %.1f s.", seconds(serverStart)));
      warmUp(server, baseline);
      databases.analyze();
      syncFigure(server, baseline, PERSON_IDENTITY, small, true);
      databases.analyze();
      syncFigure(server, baseline, PERSON_IDENTITY, large, false);
      databases.analyze();
      syncFigure(server, baseline, ENROLLMENT, large, true);
      databases.analyze();
      oneKeyFigure(server, baseline);
      verificationFigure(server);
      databases.analyze();
      millionKeyFigure(server);
    }
    notes.add(String.format(Locale.ROOT, "Whole benchmark: %.1f min.", seconds(start) / 60));
    String report = report(began);
    LOG.info(report);
    Path file = Path.of(System.getProperty("bench.report", "docs/benchmarks.md"));
    Files.createDirectories(file.toAbsolutePath().getParent());
    Files.writeString(file, report);
  }

  private BenchServer startServer() throws IOException, InterruptedException {
    Map<String, String> environment = new LinkedHashMap<>(databases.environment());
    environment.put("SELECTIVESYNC_SYNC_MAX_KEYS", Integer.toString(Math.max(1_000_000, persons)));
    environment.put("SELECTIVESYNC_EXIT_ON_STARTUP_FAILURE", "true");
    List<String> options = new ArrayList<>(List.of("-Xmx512m", "-XX:+UseSerialGC"));
    String jfr = System.getProperty("bench.jfr", "off");
    if (!jfr.equals("off")) {
      Path recording = Path.of("target", "benchmark", "server.jfr").toAbsolutePath();
      Files.createDirectories(recording.getParent());
      options.add(
          "-XX:StartFlightRecording=dumponexit=true,settings=" + jfr + ",filename=" + recording);
    }
    LOG.info("Starting the server with " + options);
    return BenchServer.start(environment, options);
  }

  /**
   * Runs both sides on keys of their own so that neither is measured cold: 20 chunks of each
   * object, enough for the server's JIT compiler to have compiled the per-row code of the engine,
   * the JPA provider and the driver.
   */
  private void warmUp(BenchServer server, BaselineSync baseline) throws Exception {
    engineSync(server, PERSON_IDENTITY, persons(WARM_UP_KEYS), 10);
    baseline.sync(true, persons(WARM_UP_KEYS));
    engineSync(server, ENROLLMENT, enrollmentsOf(WARM_UP_KEYS / 2), 10);
    baseline.sync(false, enrollmentsOf(WARM_UP_KEYS / 2));
  }

  private void syncFigure(
      BenchServer server, BaselineSync baseline, String object, int keys, boolean engineFirst)
      throws Exception {
    boolean persons = object.equals(PERSON_IDENTITY);
    List<Long> engineKeys = persons ? persons(keys) : enrollmentsOf(keys / 2);
    List<Long> baselineKeys = persons ? persons(keys) : enrollmentsOf(keys / 2);
    Run engine = null;
    Run base = null;
    for (int side = 0; side < 2; side++) {
      if ((side == 0) == engineFirst) {
        engine = engineSync(server, object, engineKeys, 20);
      } else {
        long start = System.nanoTime();
        Map<BaselineSync.Outcome, Integer> counts = baseline.sync(persons, baselineKeys);
        base = new Run(seconds(start), counts.toString());
      }
    }
    double engineRate = engineKeys.size() / engine.seconds();
    double baseRate = baselineKeys.size() / base.seconds();
    String name = String.format(Locale.ROOT, "%s sync, %,d keys (keys/s)", object, keys);
    figures.add(
        new Figure(
            name,
            String.format(Locale.ROOT, "%,.0f", engineRate),
            String.format(Locale.ROOT, "%,.0f", baseRate),
            ratio(engineRate / baseRate),
            "≥ 0.7 × baseline",
            engineRate >= 0.7 * baseRate));
    notes.add(
        String.format(
            Locale.ROOT,
            "%s: engine %.2f s (%s) %s; baseline %.2f s %s.",
            name,
            engine.seconds(),
            engine.server(),
            engine.counts(),
            base.seconds(),
            base.counts()));
    LOG.info(figures.get(figures.size() - 1).markdown());
  }

  private void oneKeyFigure(BenchServer server, BaselineSync baseline) throws Exception {
    List<Double> engine = new ArrayList<>();
    List<Double> serverSide = new ArrayList<>();
    List<Double> base = new ArrayList<>();
    // Persons p with p % 20 = 0 are missing at the state: each key is a real write.
    int first = nextPerson;
    nextPerson += 40 * 2 * ONE_KEY_RUNS;
    for (int i = 0; i < ONE_KEY_RUNS; i++) {
      long engineKey = first + 40L * (2 * i + 1);
      long baselineKey = first + 40L * (2 * i + 2);
      Run run = engineSync(server, PERSON_IDENTITY, List.of(engineKey), 2);
      engine.add(run.seconds() * 1000);
      serverSide.add(run.serverSeconds() * 1000);
      long start = System.nanoTime();
      baseline.sync(true, List.of(baselineKey));
      base.add(seconds(start) * 1000);
    }
    double engineMedian = median(engine);
    double baseMedian = median(base);
    figures.add(
        new Figure(
            "One key, submit → COMPLETE (median of " + ONE_KEY_RUNS + ", ms)",
            String.format(Locale.ROOT, "%.0f", engineMedian),
            String.format(Locale.ROOT, "%.0f", baseMedian),
            ratio(engineMedian / baseMedian),
            "≤ 300 ms median",
            engineMedian <= 300));
    notes.add(
        String.format(
            Locale.ROOT,
            "One key: engine from before the POST (HTTP Basic) until the tool database shows the"
                + " request ended, min %.0f / max %.0f ms; the server's own requested → finished"
                + " median %.0f ms; baseline min %.0f / max %.0f ms.",
            Collections.min(engine),
            Collections.max(engine),
            median(serverSide),
            Collections.min(base),
            Collections.max(base)));
    LOG.info(figures.get(figures.size() - 1).markdown());
  }

  private void verificationFigure(BenchServer server) throws Exception {
    BaselineVerification baseline = new BaselineVerification(databases, DISTRICT);
    List<Double> engine = new ArrayList<>();
    List<Double> base = new ArrayList<>();
    String engineCounts = null;
    BaselineVerification.Counts baseCounts = null;
    for (int round = 0; round < 4; round++) {
      // Order engine, baseline, baseline, engine: neither side always runs on a cold cache.
      if (round == 0 || round == 3) {
        long start = System.nanoTime();
        long run = server.startVerification(PERSON_IDENTITY);
        engineCounts = awaitVerification(run);
        engine.add(seconds(start));
      } else {
        long start = System.nanoTime();
        baseCounts = baseline.compare();
        base.add(seconds(start));
      }
    }
    double engineMean = engine.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
    double baseMean = base.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
    figures.add(
        new Figure(
            String.format(Locale.ROOT, "Verification of %,d persons (s, mean of 2)", persons),
            String.format(Locale.ROOT, "%.1f", engineMean),
            String.format(Locale.ROOT, "%.1f", baseMean),
            ratio(engineMean / baseMean),
            "≤ 1.5 × baseline",
            engineMean <= 1.5 * baseMean));
    notes.add(
        String.format(
            Locale.ROOT,
            "Verification: engine runs %s s, counts %s; baseline runs %s s, counts %s.",
            format(engine),
            engineCounts,
            format(base),
            baseCounts));
    LOG.info(figures.get(figures.size() - 1).markdown());
  }

  private void millionKeyFigure(BenchServer server) throws Exception {
    // Keys beyond the district's persons end NOT_FOUND; the request holds this many keys anyway.
    int keys = Integer.getInteger("bench.million-keys", 1_000_000);
    List<Long> all = LongStream.rangeClosed(1, keys).boxed().toList();
    Run run;
    double maxUsed;
    double maxOld;
    try (HeapSampler heap = new HeapSampler(server.pid())) {
      run = millionKeyRun(server, all);
      heap.close();
      maxUsed = heap.maxUsedMb();
      maxOld = heap.maxOldMb();
      notes.add(
          String.format(
              Locale.ROOT,
              "%,d-key request: %s in %.1f s (%s, %,.0f keys/s), %s; %d jstat samples, server GC"
                  + " time so far %.1f s.",
              keys,
              run.status(),
              run.seconds(),
              run.server(),
              keys / run.seconds(),
              run.counts(),
              heap.samples(),
              heap.gcSeconds()));
    }
    boolean completed = run.status().startsWith("COMPLETE");
    figures.add(
        new Figure(
            String.format(Locale.ROOT, "%,d-key request, server -Xmx512m", keys),
            String.format(
                Locale.ROOT,
                "%s in %.0f s, peak heap %.0f MB (old %.0f MB)",
                completed ? "completed" : run.status(),
                run.seconds(),
                maxUsed,
                maxOld),
            "–",
            "–",
            "completes with -Xmx512m",
            completed));
    LOG.info(figures.get(figures.size() - 1).markdown());
  }

  /** The million-key request; a refused submit or a failure is a result, not an abort. */
  private Run millionKeyRun(BenchServer server, List<Long> all) {
    try {
      return engineSync(
          server,
          PERSON_IDENTITY,
          all,
          200,
          Duration.ofMinutes(Integer.getInteger("bench.million-minutes", 10)));
    } catch (Exception | AssertionError e) {
      return new Run(0, "failed: " + e.getMessage(), "FAILED TO RUN", Double.NaN, Double.NaN);
    }
  }

  // --- The engine through the REST API, its end read from the tool database

  /**
   * One side's run: wall seconds, outcome counts, final status, and for the engine the server's
   * requested → finished seconds and, of those, requested → started (keys stored, job started).
   */
  private record Run(
      double seconds, String counts, String status, double serverSeconds, double queuedSeconds) {
    Run(double seconds, String counts) {
      this(seconds, counts, "COMPLETE", seconds, 0);
    }

    String server() {
      return String.format(
          Locale.ROOT,
          "server: %.2f s queued (keys stored, job started) + %.2f s running",
          queuedSeconds,
          serverSeconds - queuedSeconds);
    }
  }

  private Run engineSync(BenchServer server, String object, List<Long> keys, long pollMillis)
      throws Exception {
    return engineSync(server, object, keys, pollMillis, Duration.ofMinutes(30));
  }

  /** Submits and waits; past the timeout the run says how far the request got. */
  private Run engineSync(
      BenchServer server, String object, List<Long> keys, long pollMillis, Duration timeout)
      throws Exception {
    long start = System.nanoTime();
    long id = server.submitSync(object, keys);
    int processed = 0;
    try (Connection tool = databases.connect(Database.TOOL);
        PreparedStatement poll =
            tool.prepareStatement(
                "SELECT status, requested_at, finished_at, synced, unchanged, not_found, skipped,"
                    + " failed, processed, started_at FROM sync_request WHERE request_id = ?")) {
      poll.setLong(1, id);
      long deadline = System.nanoTime() + timeout.toNanos();
      while (System.nanoTime() < deadline) {
        try (ResultSet row = poll.executeQuery()) {
          row.next();
          String status = row.getString(1);
          if (!status.equals("QUEUED") && !status.equals("RUNNING")) {
            double wall = seconds(start);
            Timestamp requested = row.getTimestamp(2);
            Timestamp finished = row.getTimestamp(3);
            String counts =
                String.format(
                    Locale.ROOT,
                    "{SYNCED=%d, UNCHANGED=%d, NOT_FOUND=%d, SKIPPED=%d, FAILED=%d}",
                    row.getInt(4),
                    row.getInt(5),
                    row.getInt(6),
                    row.getInt(7),
                    row.getInt(8));
            double serverSeconds = (finished.getTime() - requested.getTime()) / 1000.0;
            Timestamp started = row.getTimestamp(10);
            double queued =
                started == null ? Double.NaN : (started.getTime() - requested.getTime()) / 1000.0;
            return new Run(wall, counts, status, serverSeconds, queued);
          }
          processed = row.getInt(9);
        }
        if (!server.isAlive()) {
          return new Run(
              seconds(start), "the server process ended", "SERVER ENDED", Double.NaN, Double.NaN);
        }
        Thread.sleep(pollMillis);
      }
    }
    String unfinished =
        String.format(
            Locale.ROOT,
            "not ended after %d min (%,d of %,d keys processed)",
            timeout.toMinutes(),
            processed,
            keys.size());
    return new Run(seconds(start), unfinished, "UNFINISHED", Double.NaN, Double.NaN);
  }

  private String awaitVerification(long run) throws Exception {
    try (Connection tool = databases.connect(Database.TOOL);
        PreparedStatement poll =
            tool.prepareStatement(
                "SELECT status, matched, different, missing_at_state, only_at_state, failure"
                    + " FROM verification_run WHERE run_id = ?")) {
      poll.setLong(1, run);
      long deadline = System.nanoTime() + Duration.ofMinutes(30).toNanos();
      while (System.nanoTime() < deadline) {
        try (ResultSet row = poll.executeQuery()) {
          row.next();
          String status = row.getString(1);
          if (status.equals("COMPLETE")) {
            return String.format(
                Locale.ROOT,
                "Counts[matched=%d, different=%d, missingAtState=%d, onlyAtState=%d]",
                row.getLong(2),
                row.getLong(3),
                row.getLong(4),
                row.getLong(5));
          }
          if (!status.equals("QUEUED") && !status.equals("RUNNING")) {
            throw new IllegalStateException(
                "Verification " + run + " ended " + status + ": " + row.getString(6));
          }
        }
        Thread.sleep(20);
      }
    }
    throw new IllegalStateException("Verification " + run + " did not end in 30 minutes");
  }

  // --- Key ranges: each measurement gets persons of its own, aligned to the 40-person drift

  private List<Long> persons(int count) {
    List<Long> keys = LongStream.rangeClosed(nextPerson + 1, nextPerson + count).boxed().toList();
    nextPerson += count;
    check();
    return keys;
  }

  /** The two enrollments of each of {@code count} fresh persons. */
  private List<Long> enrollmentsOf(int count) {
    List<Long> keys =
        LongStream.rangeClosed(2L * nextPerson + 1, 2L * (nextPerson + count)).boxed().toList();
    nextPerson += count;
    check();
    return keys;
  }

  private void check() {
    if (nextPerson > persons) {
      throw new IllegalStateException("Too few persons for the key ranges: " + persons);
    }
  }

  private static int aligned(int keys) {
    return Math.max(40, keys / 40 * 40);
  }

  // --- The report

  private String report(Instant began) throws SQLException {
    StringBuilder text = new StringBuilder();
    text.append("# Benchmarks\n\n")
        .append("Written by the benchmark harness (`mvn -B -Pbenchmark -DskipTests package`,")
        .append(" see README, Benchmarks) on ")
        .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(began.atOffset(ZoneOffset.UTC)))
        .append(" UTC with ")
        .append(String.format(Locale.ROOT, "%,d", persons))
        .append(" persons.\n\n")
        .append("Machine: ")
        .append(machine())
        .append("\n\n| figure | engine | baseline | ratio | target | met? |\n")
        .append("| --- | --- | --- | --- | --- | --- |\n");
    figures.forEach(f -> text.append(f.markdown()).append('\n'));
    text.append("\n## How it was measured\n\n")
        .append(METHOD)
        .append("\n## Details of this run\n\n");
    notes.forEach(n -> text.append("- ").append(n).append('\n'));
    return text.toString();
  }

  private static final String METHOD =
      """
      - Data: a synthetic district (persons 1..N, 1.5 identity rows and 2 enrollments per person,
        three schools, two school years) and a state copy with drift repeating every 40 persons:
        10 % of persons missing with their identities and enrollments, 5 % of persons different
        (a changed last name, or an identity row gone at the district), 5 % of enrollments with
        another grade. Fresh databases `selsync_bench_district/state/tool` on the local
        PostgreSQL, schemas by the project's Flyway scripts.
      - Engine: the built WAR on Payara Micro in its own process (`-Xmx512m -XX:+UseSerialGC`,
        `SELECTIVESYNC_SYNC_MAX_KEYS=1000000`), requests submitted as `state.admin` with HTTP
        Basic to `POST /api/sync-requests`; time from before the POST until the request's row in
        the tool database shows it ended (polled by JDBC, so polling costs the server nothing).
      - Baseline: a hand-written JDBC loop in the benchmark JVM on the same JDBC URLs (both with
        `reWriteBatchedInserts=true`, as the README recommends for PostgreSQL): the request row
        and its keys stored first, as the engine must before its job starts, then chunks of 1,000
        keys, one bulk read of the district rows, one of the state rows, batched prepared
        INSERT/UPDATE/DELETE in key order in one state transaction, then the results into
        `record_result` and the progress into `sync_request` in one tool transaction.
      - Autovacuum is off on the benchmark machine, so the harness stands in for its analyze:
        ANALYZE on the three databases before each figure, and on the state and tool databases
        every 15 s while the engine works (`-Dbench.analyze-seconds=0` turns the periodic one off).
      - Each side syncs its own key range with the identical drift pattern, so both do the same
        work; the sides alternate, after a warm-up of 20,000 persons and 20,000 enrollments each.
      - Verification: `POST /api/verifications` for PersonIdentity of the whole district,
        against streaming per-person MD5 hashes (person and identity rows, computed by
        PostgreSQL) from both databases merged in key order; order engine, baseline, baseline,
        engine.
      - 1,000,000-key request: every person as one PersonIdentity request on the same server;
        heap from `jstat -gc` on the server process twice a second (young + old used).
      """;

  private String machine() throws SQLException {
    String postgres;
    try (Connection connection = databases.connect(Database.TOOL);
        Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery("SHOW server_version")) {
      row.next();
      postgres = row.getString(1);
    }
    return String.format(
        Locale.ROOT,
        "%d cores, %s memory, JDK %s (%s), PostgreSQL %s on loopback, %s %s.",
        Runtime.getRuntime().availableProcessors(),
        memory(),
        System.getProperty("java.version"),
        System.getProperty("java.vm.name"),
        postgres,
        System.getProperty("os.name"),
        System.getProperty("os.version"));
  }

  private static String memory() {
    try {
      return Files.readAllLines(Path.of("/proc/meminfo")).stream()
          .filter(line -> line.startsWith("MemTotal:"))
          .map(line -> Long.parseLong(line.replaceAll("\\D", "")) / 1024 / 1024 + " GB")
          .findFirst()
          .orElse("unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }

  private static double median(List<Double> values) {
    List<Double> sorted = values.stream().sorted().toList();
    int middle = sorted.size() / 2;
    return sorted.size() % 2 == 1
        ? sorted.get(middle)
        : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
  }

  private static String format(List<Double> values) {
    return values.stream().map(v -> String.format(Locale.ROOT, "%.1f", v)).toList().toString();
  }

  private static String ratio(double value) {
    return String.format(Locale.ROOT, "%.2f", value);
  }

  private static double seconds(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }
}
