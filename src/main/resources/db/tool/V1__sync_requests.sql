-- The plugin's own records: one row per sync request, its keys in submission order, and one
-- result per key. Results are keyed by (request, key) so that a replayed chunk overwrites them.

CREATE SEQUENCE sync_request_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE sync_request (
  request_id     BIGINT       NOT NULL PRIMARY KEY,
  object_type    VARCHAR(30)  NOT NULL,
  district_id    INTEGER      NOT NULL,
  initiated_by   VARCHAR(80)  NOT NULL,
  requested_at   TIMESTAMP    NOT NULL,
  started_at     TIMESTAMP,
  finished_at    TIMESTAMP,
  status         VARCHAR(30)  NOT NULL,
  check_dependencies BOOLEAN  NOT NULL,
  key_count      INTEGER      NOT NULL,
  processed      INTEGER      NOT NULL DEFAULT 0,
  synced         INTEGER      NOT NULL DEFAULT 0,
  unchanged      INTEGER      NOT NULL DEFAULT 0,
  not_found      INTEGER      NOT NULL DEFAULT 0,
  skipped        INTEGER      NOT NULL DEFAULT 0,
  failed         INTEGER      NOT NULL DEFAULT 0,
  job_execution_id BIGINT,
  claimed_by     VARCHAR(120),
  failure        VARCHAR(500),
  version        INTEGER      NOT NULL DEFAULT 0
);
CREATE INDEX sync_request_district ON sync_request (district_id, requested_at);

CREATE TABLE sync_request_key (
  request_id     BIGINT       NOT NULL REFERENCES sync_request (request_id) ON DELETE CASCADE,
  seq_no       INTEGER      NOT NULL,
  record_key     BIGINT       NOT NULL,
  PRIMARY KEY (request_id, seq_no)
);

CREATE TABLE record_result (
  request_id     BIGINT       NOT NULL REFERENCES sync_request (request_id) ON DELETE CASCADE,
  record_key     BIGINT       NOT NULL,
  seq_no       INTEGER      NOT NULL,
  outcome        VARCHAR(20)  NOT NULL,
  reason         VARCHAR(500),
  parent_object  VARCHAR(30),
  parent_key     BIGINT,
  PRIMARY KEY (request_id, record_key)
);
CREATE INDEX record_result_outcome ON record_result (request_id, outcome, seq_no);
