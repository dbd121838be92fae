-- The state's copy of the demo districts, with deliberate drift from demo/district:
--   person 822      last name differs at the state            -> Sync: SYNCED
--   person 823      missing at the state                      -> Sync: SYNCED
--   person 824      an identity row the district no longer has -> Sync: SYNCED, row removed
--   person 825      older identity only (birth date differs)   -> Sync: SYNCED
--   person 821, 826-828, 921, 922 equal                        -> Sync: UNCHANGED
--   enrollment 7002 grade differs, 7003 end date differs        -> Sync: SYNCED
--   enrollment 7004 missing at the state                        -> Sync: SYNCED
--   enrollment 7005 State Exclude, 7006 No Show, 7009 excluded school -> SKIPPED
--   enrollment 7007 in calendar 3003, missing at the state      -> FAILED until Check dependencies
--   enrollment 7008 of person 823, missing at the state         -> FAILED until Check dependencies

INSERT INTO state_district (district_id, name, state_code) VALUES
  (255903, 'Bear Creek ISD', 'SK'),
  (255902, 'Lakeside ISD', 'SK');

INSERT INTO state_school (district_id, school_id, name, state_school_number) VALUES
  (255903, 255903001, 'Bear Creek High School', '0001'),
  (255903, 255903107, 'Bear Creek Elementary School', '0107'),
  (255902, 255902001, 'Lakeside High School', '0001');

INSERT INTO state_calendar (district_id, calendar_id, school_id, school_year, name, start_date,
                            end_date) VALUES
  (255903, 3001, 255903001, 2022, '21-22 Bear Creek High', DATE '2021-08-23',
   DATE '2022-05-27'),
  (255903, 3002, 255903107, 2022, '21-22 Bear Creek Elementary', DATE '2021-08-23',
   DATE '2022-05-27'),
  (255902, 4001, 255902001, 2022, '21-22 Lakeside High', DATE '2021-08-23', DATE '2022-05-27');

INSERT INTO state_person (district_id, person_id, state_id, student_number) VALUES
  (255903, 821, '9800821', '100821'),
  (255903, 822, '9800822', '100822'),
  (255903, 824, '9800824', '100824'),
  (255903, 825, '9800825', '100825'),
  (255903, 826, '9800826', '100826'),
  (255903, 827, '9800827', '100827'),
  (255903, 828, '9800828', '100828'),
  (255902, 921, '9700921', '200921'),
  (255902, 922, '9700922', '200922');

INSERT INTO state_identity (district_id, identity_id, person_id, effective_date, first_name,
                            middle_name, last_name, birth_date, gender, race_ethnicity) VALUES
  (255903, 50821, 821, DATE '2015-08-20', 'Avery', NULL, 'Lindqvist', DATE '2008-03-14', 'F',
   'WH'),
  (255903, 50822, 822, DATE '2015-08-20', 'Marcus', 'J', 'Okafur', DATE '2007-11-02', 'M', 'BL'),
  (255903, 50824, 824, DATE '2014-08-18', 'Diego', NULL, 'Castillo', DATE '2008-01-09', 'M',
   'HI'),
  (255903, 59824, 824, DATE '2019-01-07', 'Diego', NULL, 'Castilo', DATE '2008-01-09', 'M',
   'HI'),
  (255903, 50825, 825, DATE '2015-08-20', 'Hannah', 'Rose', 'Whitfield', DATE '2010-09-12', 'F',
   'WH'),
  (255903, 50826, 826, DATE '2017-08-21', 'Tomas', NULL, 'Novak', DATE '2012-04-17', 'M', 'WH'),
  (255903, 50827, 827, DATE '2017-08-21', 'Leila', NULL, 'Haddad', DATE '2012-12-05', 'F', 'WH'),
  (255903, 50828, 828, DATE '2018-08-20', 'Kenji', NULL, 'Watanabe', DATE '2013-02-28', 'M',
   'AS'),
  (255902, 50921, 921, DATE '2015-08-20', 'Grace', NULL, 'Albright', DATE '2007-07-07', 'F',
   'WH'),
  (255902, 50922, 922, DATE '2015-08-20', 'Samuel', 'T', 'Oyelaran', DATE '2007-10-15', 'M',
   'BL');

INSERT INTO state_enrollment (district_id, enrollment_id, person_id, calendar_id, grade,
                              start_date, start_status, end_date, end_status,
                              service_type) VALUES
  (255903, 7001, 821, 3001, '09', DATE '2021-08-23', 'E1', NULL, NULL, 'P'),
  (255903, 7002, 822, 3001, '09', DATE '2021-08-23', 'E1', NULL, NULL, 'P'),
  (255903, 7003, 824, 3001, '09', DATE '2021-08-23', 'E1', NULL, NULL, 'P'),
  (255902, 7101, 921, 4001, '10', DATE '2021-08-23', 'E1', NULL, NULL, 'P');
