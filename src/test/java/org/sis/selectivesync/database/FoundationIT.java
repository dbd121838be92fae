package org.sis.selectivesync.database;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sis.selectivesync.district.Calendar;
import org.sis.selectivesync.district.District;
import org.sis.selectivesync.district.Enrollment;
import org.sis.selectivesync.district.Identity;
import org.sis.selectivesync.district.Person;
import org.sis.selectivesync.district.PersonName;
import org.sis.selectivesync.district.School;
import org.sis.selectivesync.state.StateIdentity;
import org.sis.selectivesync.state.StateKey;
import org.sis.selectivesync.state.StatePerson;
import org.sis.selectivesync.testsupport.Deployments;
import org.sis.selectivesync.testsupport.WebClient;

/** The deployed WAR on fresh databases: migrations, the demo data, entities, health, shell. */
@ExtendWith(ArquillianExtension.class)
class FoundationIT {

  @PersistenceContext(unitName = "district")
  private EntityManager district;

  @PersistenceContext(unitName = "state")
  private EntityManager state;

  @Resource private UserTransaction transaction;

  @Inject private DatabaseConnections connections;

  @ArquillianResource private URL base;

  @Deployment
  static WebArchive deployment() {
    return Deployments.application(FoundationIT.class);
  }

  @Test
  void migrationsCreateEverySchemaOnEmptyDatabases() throws Exception {
    assertThat(versions(Database.DISTRICT, "schema_history_district")).containsExactly("1", "2");
    assertThat(versions(Database.STATE, "schema_history_state")).containsExactly("1");
    assertThat(versions(Database.TOOL, "schema_history_tool")).startsWith("1", "2");
  }

  @Test
  void demoDistrictsAreImportedFromEdFiWithADriftedStateCopy() {
    assertThat(district.find(District.class, 255903).getName()).isEqualTo("Bear Creek ISD");
    assertThat(district.find(District.class, 255902).getName()).isEqualTo("Lakeside ISD");
    assertThat(district.find(Person.class, 255903000823L)).isNotNull();
    assertThat(state.find(StatePerson.class, new StateKey(255903, 255903000823L))).isNull();

    String districtLastName =
        district.find(Person.class, 255903000822L).currentIdentity().orElseThrow().getName().last();
    StateIdentity stateIdentity =
        state.find(StateIdentity.class, new StateKey(255903, 25590300082201L));
    assertThat(stateIdentity.getName().last()).isNotEqualTo(districtLastName);
    assertThat(state.find(StateIdentity.class, new StateKey(255903, 25590300082499L))).isNotNull();
    assertThat(district.find(Identity.class, 25590300082499L)).isNull();
    assertThat(district.find(Enrollment.class, 339810035870787L).isStateExclude()).isTrue();
  }

  @Test
  void districtEntitiesSurviveARoundTrip() throws Exception {
    transaction.begin();
    District bearCreek = district.find(District.class, 255903);
    School school = new School(255903555, bearCreek, "Round Trip Middle School", "0555");
    Calendar calendar = new Calendar(3555, school, 2024, "23-24 Round Trip");
    calendar.setDates(LocalDate.of(2023, 8, 21), LocalDate.of(2024, 5, 24));
    Person person = new Person(990001, bearCreek, "990001", "9990001");
    person.addIdentity(
        new Identity(
            990101,
            LocalDate.of(2020, 8, 1),
            new PersonName("Ada", null, "Roundtrip"),
            LocalDate.of(2011, 2, 3)));
    person.addIdentity(
        new Identity(
            990102,
            LocalDate.of(2023, 8, 1),
            new PersonName("Ada", "M", "Roundtrip"),
            LocalDate.of(2011, 2, 3)));
    Enrollment enrollment =
        new Enrollment(990201, person, calendar, "07", LocalDate.of(2023, 8, 21));
    enrollment.end(LocalDate.of(2024, 1, 12), "W2");
    enrollment.setNoShow(true);
    district.persist(school);
    district.persist(calendar);
    district.persist(person);
    district.persist(enrollment);
    transaction.commit();
    district.clear();

    Enrollment read = district.find(Enrollment.class, 990201L);
    assertThat(read.getCalendar().getSchool().getName()).isEqualTo("Round Trip Middle School");
    assertThat(read.getEndDate()).isEqualTo(LocalDate.of(2024, 1, 12));
    assertThat(read.isNoShow()).isTrue();
    assertThat(read.getPerson().getIdentities()).hasSize(2);
    assertThat(read.getPerson().currentIdentity())
        .map(Identity::getName)
        .contains(new PersonName("Ada", "M", "Roundtrip"));
  }

  @Test
  void stateEntitiesSurviveARoundTripByDistrictKey() throws Exception {
    StateKey key = new StateKey(255902, 990002);
    transaction.begin();
    state.persist(new StatePerson(key, "S-990002", "990002"));
    state.flush();
    StateIdentity identity = new StateIdentity(new StateKey(255902, 990301), key.districtKey());
    identity.setEffectiveDate(LocalDate.of(2022, 8, 1));
    identity.setName(new PersonName("Bo", null, "Statecopy"));
    identity.setBirthDate(LocalDate.of(2010, 5, 6));
    identity.setDemographics("M", "WH");
    state.persist(identity);
    transaction.commit();
    state.clear();

    assertThat(state.find(StatePerson.class, key).getStateId()).isEqualTo("S-990002");
    StateIdentity read = state.find(StateIdentity.class, new StateKey(255902, 990301));
    assertThat(read.getName().last()).isEqualTo("Statecopy");
    assertThat(read.getPersonId()).isEqualTo(990002);
  }

  @Test
  @RunAsClient
  void readinessReportsEachDatabaseUp() throws Exception {
    HttpResponse<String> response = get(URI.create(root() + "health/ready"));
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body())
        .contains("\"database-district\"", "\"database-state\"", "\"database-tool\"")
        .doesNotContain("DOWN");
  }

  @Test
  @RunAsClient
  void livenessIsUp() throws Exception {
    HttpResponse<String> response = get(URI.create(root() + "health/live"));
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("\"status\":\"UP\"");
  }

  @Test
  @RunAsClient
  void shellPageShowsTheSelectiveSyncMenuEntry() {
    WebClient client = WebClient.of(base);
    assertThat(client.signIn("state.admin", "StateAdmin1!").statusCode()).isEqualTo(302);
    HttpResponse<String> response = client.get("index.xhtml");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("Selective Sync", "shell-menu");
    assertThat(client.get("sync.xhtml").statusCode()).isEqualTo(200);
  }

  private String root() {
    return base.getProtocol() + "://" + base.getHost() + ":" + base.getPort() + "/";
  }

  private static HttpResponse<String> get(URI uri) throws Exception {
    return HttpClient.newHttpClient()
        .send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
  }

  private List<String> versions(Database database, String historyTable) throws Exception {
    DataSource dataSource = connections.dataSource(database);
    List<String> versions = new ArrayList<>();
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "SELECT \"version\" FROM \""
                    + historyTable
                    + "\" WHERE \"success\" = TRUE AND \"version\" IS NOT NULL"
                    + " ORDER BY \"installed_rank\"")) {
      while (rows.next()) {
        versions.add(rows.getString(1));
      }
    }
    return versions;
  }
}
