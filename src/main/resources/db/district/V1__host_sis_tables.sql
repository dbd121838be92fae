-- The host SIS tables the plugin reads. In a real host they already exist; the embedded demo
-- creates them here. Keys are the district's own IDs.

CREATE TABLE district (
  district_id   INTEGER      NOT NULL PRIMARY KEY,
  name          VARCHAR(120) NOT NULL,
  state_code    VARCHAR(20)  NOT NULL
);

CREATE TABLE school (
  school_id      INTEGER      NOT NULL PRIMARY KEY,
  district_id    INTEGER      NOT NULL REFERENCES district (district_id),
  name           VARCHAR(120) NOT NULL,
  state_school_number VARCHAR(20),
  state_excluded BOOLEAN      NOT NULL DEFAULT FALSE
);

CREATE TABLE calendar (
  calendar_id    INTEGER      NOT NULL PRIMARY KEY,
  school_id      INTEGER      NOT NULL REFERENCES school (school_id),
  school_year    INTEGER      NOT NULL,
  name           VARCHAR(120) NOT NULL,
  start_date     DATE,
  end_date       DATE,
  state_excluded BOOLEAN      NOT NULL DEFAULT FALSE
);

CREATE TABLE person (
  person_id      BIGINT       NOT NULL PRIMARY KEY,
  district_id    INTEGER      NOT NULL REFERENCES district (district_id),
  student_number VARCHAR(30),
  state_id       VARCHAR(30)
);

CREATE TABLE person_identity (
  identity_id    BIGINT       NOT NULL PRIMARY KEY,
  person_id      BIGINT       NOT NULL REFERENCES person (person_id),
  effective_date DATE         NOT NULL,
  first_name     VARCHAR(80)  NOT NULL,
  middle_name    VARCHAR(80),
  last_name      VARCHAR(80)  NOT NULL,
  birth_date     DATE,
  gender         VARCHAR(10),
  race_ethnicity VARCHAR(40)
);
CREATE INDEX identity_person ON person_identity (person_id);

CREATE TABLE enrollment (
  enrollment_id  BIGINT       NOT NULL PRIMARY KEY,
  person_id      BIGINT       NOT NULL REFERENCES person (person_id),
  calendar_id    INTEGER      NOT NULL REFERENCES calendar (calendar_id),
  grade          VARCHAR(10)  NOT NULL,
  start_date     DATE         NOT NULL,
  start_status   VARCHAR(20),
  end_date       DATE,
  end_status     VARCHAR(20),
  service_type   VARCHAR(2)   NOT NULL DEFAULT 'P',
  state_exclude  BOOLEAN      NOT NULL DEFAULT FALSE,
  no_show        BOOLEAN      NOT NULL DEFAULT FALSE
);
CREATE INDEX enrollment_person ON enrollment (person_id);
CREATE INDEX enrollment_calendar ON enrollment (calendar_id);
