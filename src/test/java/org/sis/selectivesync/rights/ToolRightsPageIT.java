package org.sis.selectivesync.rights;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.sis.selectivesync.testsupport.Browser;
import org.sis.selectivesync.testsupport.Deployments;

/** The shell and the Tool Rights page in a real browser. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ToolRightsPageIT {

  private static final By MENU = By.cssSelector("nav.shell-menu");

  @ArquillianResource private URL base;

  @Deployment
  static WebArchive deployment() {
    return Deployments.application(ToolRightsPageIT.class);
  }

  @Test
  void theMenuShowsOnlyTheToolsTheUserMayOpen() {
    try (Browser browser = Browser.open(base)) {
      browser.signIn("viewer", "Viewer1!");
      assertThat(browser.find(MENU).getText()).contains("Selective Sync", "Tool Rights");
      assertThat(browser.find(By.id("account:user")).getText()).isEqualTo("Read-only Viewer");
      browser.screenshot("menu-viewer");
    }
    try (Browser browser = Browser.open(base)) {
      browser.signIn("rights.admin", "Rights1!");
      assertThat(browser.find(MENU).getText()).contains("Tool Rights").doesNotContain("Selective");
      browser.screenshot("menu-rights-admin");
    }
  }

  @Test
  void aSignInAfterARefusedPageOpensThatPage() {
    try (Browser browser = Browser.open(base)) {
      browser.go("rights.xhtml");
      assertThat(browser.driver().getCurrentUrl()).contains("signin.xhtml");

      browser.find(By.id("signin:user")).sendKeys("rights.admin");
      browser.find(By.id("signin:password")).sendKeys("Rights1!");
      browser.find(By.id("signin:submit")).click();

      browser.await(page -> page.getCurrentUrl().endsWith("rights.xhtml"));
    }
  }

  @Test
  void toolSearchFindsAToolByKeywordAndEnterOpensIt() {
    try (Browser browser = Browser.open(base)) {
      browser.signIn("state.admin", "StateAdmin1!");
      WebElement search = browser.find(By.id("toolSearch:query_input"));

      search.sendKeys("permissions");
      WebElement suggestion = browser.find(By.cssSelector(".ui-autocomplete-panel li"));
      assertThat(suggestion.getText()).isEqualTo("Tool Rights");
      browser.screenshot("tool-search");
      search.sendKeys(Keys.ENTER);

      browser.await(page -> page.getCurrentUrl().endsWith("rights.xhtml"));
      assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Tool Rights");
    }
  }

  @Test
  void toolSearchOffersNothingTheUserMayNotOpen() {
    try (Browser browser = Browser.open(base)) {
      browser.signIn("rights.admin", "Rights1!");

      browser.find(By.id("toolSearch:query_input")).sendKeys("sync");
      browser.awaitAjax();

      assertThat(browser.driver().findElements(By.cssSelector(".ui-autocomplete-panel li")))
          .noneMatch(WebElement::isDisplayed);
    }
  }

  @Test
  void savingRightsRecordsTheChangeUnderThePage() {
    try (Browser browser = Browser.open(base)) {
      browser.signIn("rights.admin", "Rights1!").go("rights.xhtml");
      assertThat(browser.text()).contains("District Administrators", "Resync State Data");

      toggle(browser, "Ed-Fi Import", "W");
      browser.find(By.id("rights:save")).click();
      browser.awaitAjax();

      assertThat(browser.find(By.id("messages")).getText()).contains("Saved: 1 change(s).");
      String audit = browser.find(By.id("rights:audit")).getText();
      assertThat(audit).contains("rights.admin", "District Administrators", "Ed-Fi Import");
      assertThat(audit).contains("revoked W");
      browser.screenshot("tool-rights-saved");

      toggle(browser, "Ed-Fi Import", "W");
      browser.find(By.id("rights:save")).click();
      browser.awaitAjax();
      assertThat(browser.find(By.id("rights:audit")).getText()).contains("granted W");
    }
  }

  @Test
  void rightsWithoutAFunctionCannotBeTicked() {
    try (Browser browser = Browser.open(base)) {
      browser.signIn("rights.admin", "Rights1!").go("rights.xhtml");

      WebElement syncAdd = checkbox(browser, "Selective Sync", "A");

      assertThat(syncAdd.getAttribute("class")).contains("ui-state-disabled");
    }
  }

  @Test
  void aReadOnlyUserWhoPressesSaveGetsAnErrorAndNothingChanges() {
    try (Browser browser = Browser.open(base)) {
      browser.signIn("viewer", "Viewer1!").go("rights.xhtml");
      String auditBefore = browser.find(By.id("rights:audit")).getText();

      toggle(browser, "Selective Sync", "D");
      browser.find(By.id("rights:save")).click();
      browser.awaitAjax();

      assertThat(browser.find(By.id("messages")).getText())
          .contains("User viewer lacks the right W on the tool Tool Rights.");
      browser.screenshot("tool-rights-denied");
      browser.go("rights.xhtml");
      assertThat(browser.find(By.id("rights:audit")).getText()).isEqualTo(auditBefore);
    }
  }

  @Test
  void signOutEndsTheSession() {
    try (Browser browser = Browser.open(base)) {
      browser.signIn("viewer", "Viewer1!");

      browser.find(By.id("account:signOut")).click();
      browser.await(page -> page.getCurrentUrl().contains("signin.xhtml"));
      browser.go("index.xhtml");

      assertThat(browser.driver().getCurrentUrl()).contains("signin.xhtml");
    }
  }

  private static void toggle(Browser browser, String tool, String right) {
    checkbox(browser, tool, right).click();
  }

  private static WebElement checkbox(Browser browser, String tool, String right) {
    return browser.find(
        By.xpath(
            "//tr[td[normalize-space()='"
                + tool
                + "']]//div[substring(@id, string-length(@id) - 1) = ':"
                + right
                + "']//div[contains(@class, 'ui-chkbox-box')]"));
  }
}
