package org.sis.selectivesync.signin;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Hashes and checks passwords with PBKDF2 (HMAC-SHA-256, salted, configurable iterations). */
@ApplicationScoped
public class PasswordHashes {

  @Inject private Pbkdf2PasswordHash pbkdf2;

  /** PBKDF2 iterations of new hashes (default 210000); stored hashes keep their own count. */
  @Inject
  @ConfigProperty(name = "selectivesync.password.iterations", defaultValue = "210000")
  private int iterations;

  @PostConstruct
  void configure() {
    pbkdf2.initialize(
        Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
            "Pbkdf2PasswordHash.Iterations", String.valueOf(iterations),
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "32"));
  }

  /** A new salted hash of the password, in the self-describing form the tool database keeps. */
  public String hash(char[] password) {
    return pbkdf2.generate(password);
  }

  public boolean matches(char[] password, String hash) {
    return pbkdf2.verify(password, hash);
  }
}
