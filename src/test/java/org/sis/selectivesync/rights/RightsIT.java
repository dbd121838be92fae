package org.sis.selectivesync.rights;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sis.selectivesync.testsupport.Deployments;
import org.sis.selectivesync.testsupport.WebClient;

/**
 * Sign-in and tool rights over HTTP, as every demo user: pages, REST calls, Basic auth and
 * cross-site requests.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RightsIT {

  private static final int READ_ONLY_GROUP = 3;

  private static final String READ_ONLY_RIGHTS =
      "{\"selective-sync\":\"R\",\"tool-rights\":\"R\",\"verification-summary\":\"R\"}";

  /** User, password, and whether they may open Selective Sync and Tool Rights. */
  private static final List<DemoUser> USERS =
      List.of(
          new DemoUser("state.admin", "StateAdmin1!", null, true, true),
          new DemoUser("bearcreek.admin", "BearCreek1!", 255903, true, false),
          new DemoUser("lakeside.admin", "Lakeside1!", 255902, true, false),
          new DemoUser("viewer", "Viewer1!", null, true, true),
          new DemoUser("rights.admin", "Rights1!", null, false, true));

  @ArquillianResource private URL base;

  @Deployment
  static WebArchive deployment() {
    return Deployments.application(RightsIT.class);
  }

  @Test
  void everyDemoUserSignsInWithTheirDistrictOrAsAStateUser() {
    for (DemoUser user : USERS) {
      WebClient client = WebClient.of(base);
      assertThat(client.signIn(user.name(), user.password()).statusCode())
          .as(user.name())
          .isEqualTo(302);

      String me = client.get("api/me").body();

      assertThat(me).contains("\"userName\":\"" + user.name() + "\"");
      assertThat(me).contains("\"stateUser\":" + (user.district() == null));
      if (user.district() != null) {
        assertThat(me).contains("\"districtId\":" + user.district());
      }
    }
  }

  @Test
  void pagesOpenOnlyWithTheRightTheirMenuEntryNeeds() {
    for (DemoUser user : USERS) {
      WebClient client = WebClient.of(base);
      client.signIn(user.name(), user.password());

      HttpResponse<String> home = client.get("index.xhtml");
      assertThat(home.statusCode()).isEqualTo(200);
      assertThat(home.body().contains("sync.xhtml")).as(user.name()).isEqualTo(user.sync());
      assertThat(home.body().contains("rights.xhtml")).as(user.name()).isEqualTo(user.rights());
      assertThat(client.get("sync.xhtml").statusCode())
          .as(user.name() + " on sync.xhtml")
          .isEqualTo(user.sync() ? 200 : 403);
      assertThat(client.get("rights.xhtml").statusCode())
          .as(user.name() + " on rights.xhtml")
          .isEqualTo(user.rights() ? 200 : 403);
    }
  }

  @Test
  void aDeniedPageSaysWhichRightIsMissing() {
    WebClient client = WebClient.of(base);
    client.signIn("bearcreek.admin", "BearCreek1!");

    HttpResponse<String> denied = client.get("rights.xhtml");

    assertThat(denied.statusCode()).isEqualTo(403);
    assertThat(denied.body())
        .contains("User bearcreek.admin lacks the right R on the tool Tool Rights.");
  }

  @Test
  void withoutSignInPagesRedirectAndTheApiChallenges() {
    WebClient anonymous = WebClient.of(base);

    HttpResponse<String> page = anonymous.get("rights.xhtml");
    assertThat(page.statusCode()).isEqualTo(302);
    assertThat(page.headers().firstValue("Location").orElseThrow())
        .contains("signin.xhtml?to=%2Frights.xhtml");

    HttpResponse<String> api = anonymous.get("api/me");
    assertThat(api.statusCode()).isEqualTo(401);
    assertThat(api.headers().firstValue("WWW-Authenticate").orElseThrow()).startsWith("Basic");
    assertThat(anonymous.get("signin.xhtml").statusCode()).isEqualTo(200);
  }

  @Test
  void wrongPasswordsAreRefusedAndThenThrottled() {
    WebClient client = WebClient.of(base);

    HttpResponse<String> first = client.signIn("nobody.here", "guess-1");
    assertThat(first.statusCode()).isEqualTo(200);
    assertThat(first.body()).contains("Unknown user name or wrong password.");

    client.signIn("nobody.here", "guess-2");
    client.signIn("nobody.here", "guess-3");
    HttpResponse<String> throttled = client.signIn("nobody.here", "guess-4");
    assertThat(throttled.body()).contains("Too many failed sign-ins for this user name.");
    assertThat(client.get("api/me").statusCode()).isEqualTo(401);
  }

  @Test
  void basicAuthWorksForTheApiButAWrongPasswordIsRefused() {
    WebClient client = WebClient.of(base);

    assertThat(client.get("api/me", "Authorization", WebClient.basic("viewer", "Viewer1!")).body())
        .contains("\"userName\":\"viewer\"", "\"tool-rights\":\"R\"");
    assertThat(
            client.get("api/me", "Authorization", WebClient.basic("viewer", "wrong")).statusCode())
        .isEqualTo(401);
  }

  @Test
  void restCallsWithoutTheRightAre403WithAJsonErrorAndChangeNothing() {
    WebClient client = WebClient.of(base);
    String district = WebClient.basic("bearcreek.admin", "BearCreek1!");
    String viewer = WebClient.basic("viewer", "Viewer1!");

    HttpResponse<String> read = client.get("api/tool-rights/groups/3", "Authorization", district);
    assertThat(read.statusCode()).isEqualTo(403);
    assertThat(read.body())
        .isEqualTo(
            "{\"error\":\"User bearcreek.admin lacks the right R on the tool Tool Rights.\"}");

    HttpResponse<String> write =
        client.send(
            "PUT", "api/tool-rights/groups/3", "{\"tool-rights\":\"RW\"}", "Authorization", viewer);
    assertThat(write.statusCode()).isEqualTo(403);
    assertThat(write.body()).contains("lacks the right W on the tool Tool Rights");
    assertThat(client.get("api/tool-rights/groups/3", "Authorization", viewer).body())
        .contains("\"tool-rights\":\"R\"");
  }

  @Test
  void aRightsChangeIsAppliedAndRecordedWithWhoAndWhat() {
    WebClient client = WebClient.of(base);
    String admin = WebClient.basic("rights.admin", "Rights1!");
    String wanted =
        "{\"selective-sync\":\"RA\",\"tool-rights\":\"R\",\"verification-summary\":\"RA\"}";

    HttpResponse<String> saved =
        client.send("PUT", "api/tool-rights/groups/3", wanted, "Authorization", admin);

    assertThat(saved.statusCode()).isEqualTo(200);
    assertThat(saved.body())
        .isEqualTo("[{\"granted\":true,\"right\":\"A\",\"tool\":\"verification-summary\"}]");
    assertThat(client.get("api/me", "Authorization", WebClient.basic("viewer", "Viewer1!")).body())
        .contains("\"verification-summary\":\"RA\"");
    assertThat(client.get("api/tool-rights/changes?limit=5", "Authorization", admin).body())
        .contains(
            "\"changedBy\":\"rights.admin\",\"granted\":true,\"groupId\":3,\"right\":\"A\","
                + "\"tool\":\"verification-summary\"");
    restoreReadOnlyGroup(client);
  }

  @Test
  void aCrossSiteApiCallRidingOnTheSessionIsRejectedButBasicAuthIsNot() {
    WebClient browser = WebClient.of(base);
    browser.signIn("rights.admin", "Rights1!");
    String evil = "http://evil.example";
    String wanted = "{\"tool-rights\":\"RW\"}";

    HttpResponse<String> forged =
        browser.send("PUT", "api/tool-rights/groups/3", wanted, "Origin", evil);
    assertThat(forged.statusCode()).isEqualTo(403);
    assertThat(forged.body()).contains("\"error\"");
    assertThat(browser.get("api/tool-rights/groups/3").body()).doesNotContain("\"RW\"");

    String own = base.getProtocol() + "://" + base.getHost() + ":" + base.getPort();
    HttpResponse<String> sameSite =
        browser.send("PUT", "api/tool-rights/groups/3", READ_ONLY_RIGHTS, "Origin", own);
    assertThat(sameSite.statusCode()).isEqualTo(200);
    HttpResponse<String> marked =
        browser.send("PUT", "api/tool-rights/groups/3", READ_ONLY_RIGHTS, "X-Requested-By", "js");
    assertThat(marked.statusCode()).isEqualTo(200);

    HttpResponse<String> basic =
        WebClient.of(base)
            .send(
                "PUT",
                "api/tool-rights/groups/3",
                READ_ONLY_RIGHTS,
                "Origin",
                evil,
                "Authorization",
                WebClient.basic("rights.admin", "Rights1!"));
    assertThat(basic.statusCode()).isEqualTo(200);
  }

  @Test
  void aFacesPostWithAForgedViewStateChangesNothing() {
    WebClient browser = WebClient.of(base);
    browser.signIn("rights.admin", "Rights1!");
    String before = browser.get("api/tool-rights/changes?limit=500").body();

    HttpResponse<String> forged =
        browser.postForm(
            "rights.xhtml",
            Map.of(
                "rights", "rights",
                "rights:save", "",
                "rights:tree_node_0_0:W_input", "on",
                "jakarta.faces.ViewState", "-1234567890:forged"));

    assertThat(forged.statusCode()).isNotEqualTo(200);
    assertThat(browser.get("api/tool-rights/changes?limit=500").body()).isEqualTo(before);
  }

  @Test
  void anUnknownGroupIs404() {
    HttpResponse<String> response =
        WebClient.of(base)
            .get(
                "api/tool-rights/groups/999",
                "Authorization",
                WebClient.basic("viewer", "Viewer1!"));

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.body()).contains("There is no user group 999");
  }

  private static void restoreReadOnlyGroup(WebClient client) {
    HttpResponse<String> restored =
        client.send(
            "PUT",
            "api/tool-rights/groups/" + READ_ONLY_GROUP,
            READ_ONLY_RIGHTS,
            "Authorization",
            WebClient.basic("rights.admin", "Rights1!"));
    assertThat(restored.statusCode()).isEqualTo(200);
  }

  private record DemoUser(
      String name, String password, Integer district, boolean sync, boolean rights) {}
}
