-- The state's copy of every district's records, keyed by (district, district key). The state
-- assigns its own identifiers (a person's state ID, a school's state number).

CREATE TABLE state_district (
  district_id   INTEGER      NOT NULL PRIMARY KEY,
  name          VARCHAR(120) NOT NULL,
  state_code    VARCHAR(20)  NOT NULL
);

CREATE TABLE state_school (
  district_id    INTEGER      NOT NULL REFERENCES state_district (district_id),
  school_id      BIGINT       NOT NULL,
  name           VARCHAR(120) NOT NULL,
  state_school_number VARCHAR(20),
  PRIMARY KEY (district_id, school_id)
);

CREATE TABLE state_calendar (
  district_id    INTEGER      NOT NULL,
  calendar_id    BIGINT       NOT NULL,
  school_id      BIGINT       NOT NULL,
  school_year    INTEGER      NOT NULL,
  name           VARCHAR(120) NOT NULL,
  start_date     DATE,
  end_date       DATE,
  PRIMARY KEY (district_id, calendar_id),
  FOREIGN KEY (district_id, school_id) REFERENCES state_school (district_id, school_id)
);

CREATE TABLE state_person (
  district_id    INTEGER      NOT NULL REFERENCES state_district (district_id),
  person_id      BIGINT       NOT NULL,
  state_id       VARCHAR(30)  NOT NULL,
  student_number VARCHAR(30),
  PRIMARY KEY (district_id, person_id)
);

CREATE TABLE state_identity (
  district_id    INTEGER      NOT NULL,
  identity_id    BIGINT       NOT NULL,
  person_id      BIGINT       NOT NULL,
  effective_date DATE         NOT NULL,
  first_name     VARCHAR(80)  NOT NULL,
  middle_name    VARCHAR(80),
  last_name      VARCHAR(80)  NOT NULL,
  birth_date     DATE,
  gender         VARCHAR(10),
  race_ethnicity VARCHAR(40),
  PRIMARY KEY (district_id, identity_id),
  FOREIGN KEY (district_id, person_id) REFERENCES state_person (district_id, person_id)
);
CREATE INDEX state_identity_person ON state_identity (district_id, person_id);

CREATE TABLE state_enrollment (
  district_id    INTEGER      NOT NULL,
  enrollment_id  BIGINT       NOT NULL,
  person_id      BIGINT       NOT NULL,
  calendar_id    BIGINT       NOT NULL,
  grade          VARCHAR(10)  NOT NULL,
  start_date     DATE         NOT NULL,
  start_status   VARCHAR(20),
  end_date       DATE,
  end_status     VARCHAR(20),
  service_type   VARCHAR(2)   NOT NULL,
  PRIMARY KEY (district_id, enrollment_id),
  FOREIGN KEY (district_id, person_id) REFERENCES state_person (district_id, person_id),
  FOREIGN KEY (district_id, calendar_id) REFERENCES state_calendar (district_id, calendar_id)
);
CREATE INDEX state_enrollment_person ON state_enrollment (district_id, person_id);
