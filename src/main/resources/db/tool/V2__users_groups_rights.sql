-- Who may do what: users (PBKDF2 password hashes), the groups they belong to, the tool rights
-- granted to each group, and an audit trail of every change to those grants. A user without a
-- district is a state user (every district). Keys are explicit or drawn from sequences, so the
-- script runs unchanged on H2 and PostgreSQL.

CREATE TABLE user_group (
  group_id       INTEGER      NOT NULL PRIMARY KEY,
  name           VARCHAR(80)  NOT NULL UNIQUE,
  description    VARCHAR(200)
);

CREATE TABLE app_user (
  user_name      VARCHAR(80)  NOT NULL PRIMARY KEY,
  display_name   VARCHAR(120) NOT NULL,
  password_hash  VARCHAR(400) NOT NULL,
  district_id    INTEGER,
  version        INTEGER      NOT NULL DEFAULT 0
);

CREATE TABLE user_group_member (
  user_name      VARCHAR(80)  NOT NULL REFERENCES app_user (user_name) ON DELETE CASCADE,
  group_id       INTEGER      NOT NULL REFERENCES user_group (group_id) ON DELETE CASCADE,
  PRIMARY KEY (user_name, group_id)
);

CREATE TABLE tool_right_grant (
  group_id       INTEGER      NOT NULL REFERENCES user_group (group_id) ON DELETE CASCADE,
  tool_id        VARCHAR(60)  NOT NULL,
  right_code     VARCHAR(1)   NOT NULL,
  PRIMARY KEY (group_id, tool_id, right_code)
);

CREATE SEQUENCE rights_change_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE rights_change (
  change_id      BIGINT       NOT NULL PRIMARY KEY,
  changed_at     TIMESTAMP    NOT NULL,
  changed_by     VARCHAR(80)  NOT NULL,
  group_id       INTEGER      NOT NULL REFERENCES user_group (group_id) ON DELETE CASCADE,
  tool_id        VARCHAR(60)  NOT NULL,
  right_code     VARCHAR(1)   NOT NULL,
  granted        BOOLEAN      NOT NULL
);
CREATE INDEX rights_change_time ON rights_change (changed_at);
