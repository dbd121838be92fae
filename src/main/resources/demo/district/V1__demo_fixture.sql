-- A small demo district: invented people, real-looking records. The state copy in
-- demo/state drifts from it on purpose so that every sync outcome occurs (see README).

INSERT INTO district (district_id, name, state_code) VALUES
  (255903, 'Bear Creek ISD', 'SK'),
  (255902, 'Lakeside ISD', 'SK');

INSERT INTO school (school_id, district_id, name, state_school_number, state_excluded) VALUES
  (255903001, 255903, 'Bear Creek High School', '0001', FALSE),
  (255903107, 255903, 'Bear Creek Elementary School', '0107', FALSE),
  (255903900, 255903, 'Bear Creek Adult Learning Center', '0900', TRUE),
  (255902001, 255902, 'Lakeside High School', '0001', FALSE);

INSERT INTO calendar (calendar_id, school_id, school_year, name, start_date, end_date,
                      state_excluded) VALUES
  (3001, 255903001, 2022, '21-22 Bear Creek High', DATE '2021-08-23', DATE '2022-05-27', FALSE),
  (3002, 255903107, 2022, '21-22 Bear Creek Elementary', DATE '2021-08-23', DATE '2022-05-27',
   FALSE),
  (3003, 255903107, 2023, '22-23 Bear Creek Elementary', DATE '2022-08-22', DATE '2023-05-26',
   FALSE),
  (3009, 255903900, 2022, '21-22 Adult Learning', DATE '2021-08-23', DATE '2022-05-27', FALSE),
  (4001, 255902001, 2022, '21-22 Lakeside High', DATE '2021-08-23', DATE '2022-05-27', FALSE);

INSERT INTO person (person_id, district_id, student_number, state_id) VALUES
  (821, 255903, '100821', '9800821'),
  (822, 255903, '100822', '9800822'),
  (823, 255903, '100823', '9800823'),
  (824, 255903, '100824', '9800824'),
  (825, 255903, '100825', '9800825'),
  (826, 255903, '100826', '9800826'),
  (827, 255903, '100827', '9800827'),
  (828, 255903, '100828', '9800828'),
  (921, 255902, '200921', '9700921'),
  (922, 255902, '200922', '9700922');

INSERT INTO person_identity (identity_id, person_id, effective_date, first_name, middle_name,
                             last_name, birth_date, gender, race_ethnicity) VALUES
  (50821, 821, DATE '2015-08-20', 'Avery', NULL, 'Lindqvist', DATE '2008-03-14', 'F', 'WH'),
  (50822, 822, DATE '2015-08-20', 'Marcus', 'J', 'Okafor', DATE '2007-11-02', 'M', 'BL'),
  (50823, 823, DATE '2016-08-22', 'Priya', NULL, 'Raman', DATE '2009-06-30', 'F', 'AS'),
  (50824, 824, DATE '2014-08-18', 'Diego', NULL, 'Castillo', DATE '2008-01-09', 'M', 'HI'),
  (50825, 825, DATE '2015-08-20', 'Hannah', 'Rose', 'Whitfield', DATE '2010-09-21', 'F', 'WH'),
  (51825, 825, DATE '2020-01-06', 'Hannah', 'Rose', 'Whitfield-Park', DATE '2010-09-21', 'F',
   'WH'),
  (50826, 826, DATE '2017-08-21', 'Tomas', NULL, 'Novak', DATE '2012-04-17', 'M', 'WH'),
  (50827, 827, DATE '2017-08-21', 'Leila', NULL, 'Haddad', DATE '2012-12-05', 'F', 'WH'),
  (50828, 828, DATE '2018-08-20', 'Kenji', NULL, 'Watanabe', DATE '2013-02-28', 'M', 'AS'),
  (50921, 921, DATE '2015-08-20', 'Grace', NULL, 'Albright', DATE '2007-07-07', 'F', 'WH'),
  (50922, 922, DATE '2015-08-20', 'Samuel', 'T', 'Oyelaran', DATE '2007-10-15', 'M', 'BL');

INSERT INTO enrollment (enrollment_id, person_id, calendar_id, grade, start_date, start_status,
                        end_date, end_status, service_type, state_exclude, no_show) VALUES
  (7001, 821, 3001, '09', DATE '2021-08-23', 'E1', NULL, NULL, 'P', FALSE, FALSE),
  (7002, 822, 3001, '10', DATE '2021-08-23', 'E1', NULL, NULL, 'P', FALSE, FALSE),
  (7003, 824, 3001, '09', DATE '2021-08-23', 'E1', DATE '2022-01-14', 'W1', 'P', FALSE, FALSE),
  (7004, 825, 3002, '05', DATE '2021-08-23', 'E1', NULL, NULL, 'P', FALSE, FALSE),
  (7005, 826, 3002, '04', DATE '2021-08-23', 'E1', NULL, NULL, 'P', TRUE, FALSE),
  (7006, 827, 3002, '04', DATE '2021-08-23', 'E1', NULL, NULL, 'P', FALSE, TRUE),
  (7007, 828, 3003, '04', DATE '2022-08-22', 'E1', NULL, NULL, 'P', FALSE, FALSE),
  (7008, 823, 3002, '06', DATE '2021-08-23', 'E1', NULL, NULL, 'P', FALSE, FALSE),
  (7009, 821, 3009, '12', DATE '2021-08-23', 'E1', NULL, NULL, 'S', FALSE, FALSE),
  (7101, 921, 4001, '10', DATE '2021-08-23', 'E1', NULL, NULL, 'P', FALSE, FALSE);
