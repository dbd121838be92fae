package org.sis.selectivesync.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class BasicCredentialsTest {

  @Test
  void aBasicHeaderGivesNameAndPasswordWhichMayHoldColons() {
    String header = "Basic " + base64("viewer:pa:ss");

    assertThat(BasicCredentials.from(header))
        .hasValueSatisfying(
            credential -> {
              assertThat(credential.getCaller()).isEqualTo("viewer");
              assertThat(credential.getPasswordAsString()).isEqualTo("pa:ss");
            });
  }

  @Test
  void otherSchemesAndMalformedHeadersGiveNothing() {
    assertThat(BasicCredentials.from(null)).isEmpty();
    assertThat(BasicCredentials.from("Bearer abc")).isEmpty();
    assertThat(BasicCredentials.from("Basic not-base64!")).isEmpty();
    assertThat(BasicCredentials.from("Basic " + base64("no-colon"))).isEmpty();
    assertThat(BasicCredentials.isBasic("basic xyz")).isTrue();
  }

  private static String base64(String text) {
    return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }
}
