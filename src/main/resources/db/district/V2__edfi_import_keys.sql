-- The Ed-Fi import's keys: which Ed-Fi student (StudentUniqueId) is which district person, and
-- the student's Ed-Fi identity data until the person exists. A Student interchange names the
-- student; the StudentEnrollment interchange, imported later, gives the District code that
-- becomes the personID. Only the demo's stand-in for the host SIS has this table.

CREATE TABLE edfi_student (
  district_id       INTEGER      NOT NULL REFERENCES district (district_id),
  student_unique_id VARCHAR(32)  NOT NULL,
  person_id         BIGINT,
  first_name        VARCHAR(80)  NOT NULL,
  middle_name       VARCHAR(80),
  last_name         VARCHAR(80)  NOT NULL,
  birth_date        DATE         NOT NULL,
  gender            VARCHAR(10),
  race_ethnicity    VARCHAR(40),
  PRIMARY KEY (district_id, student_unique_id)
);
CREATE UNIQUE INDEX edfi_student_person ON edfi_student (person_id);
