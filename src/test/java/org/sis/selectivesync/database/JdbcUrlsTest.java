package org.sis.selectivesync.database;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JdbcUrlsTest {

  @Test
  void passwordParametersAreMasked() {
    assertThat(JdbcUrls.masked("jdbc:postgresql://db:5432/state?user=sis&password=s3cret&ssl=1"))
        .isEqualTo("jdbc:postgresql://db:5432/state?user=sis&password=****&ssl=1");
    assertThat(JdbcUrls.masked("jdbc:h2:file:./data/tool;USER=sa;PASSWORD=x;MODE=LEGACY"))
        .isEqualTo("jdbc:h2:file:./data/tool;USER=sa;PASSWORD=****;MODE=LEGACY");
  }

  @Test
  void userInfoPasswordsAreMasked() {
    assertThat(JdbcUrls.masked("jdbc:postgresql://sis:s3cret@db:5432/state"))
        .isEqualTo("jdbc:postgresql://sis:****@db:5432/state");
  }

  @Test
  void urlsWithoutPasswordsAreUnchanged() {
    assertThat(JdbcUrls.masked("jdbc:h2:file:./data/h2/state"))
        .isEqualTo("jdbc:h2:file:./data/h2/state");
    assertThat(JdbcUrls.masked(null)).isEqualTo("(none)");
  }
}
