-- Batch resync: a request is either SELECTIVE (keys pasted or posted) or BATCH (every record of
-- an object in a district scope). A batch request names its scope for the Sync History (e.g.
-- "School 255903001, 2021-2022") and keeps its throttle, in records per second (0 = unlimited),
-- so that a resumed job paces itself the same way.

ALTER TABLE sync_request ADD COLUMN request_kind VARCHAR(20) DEFAULT 'SELECTIVE' NOT NULL;
ALTER TABLE sync_request ADD COLUMN scope VARCHAR(200);
ALTER TABLE sync_request ADD COLUMN max_records_per_second INTEGER DEFAULT 0 NOT NULL;
