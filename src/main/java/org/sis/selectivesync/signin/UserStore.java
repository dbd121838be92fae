package org.sis.selectivesync.signin;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.sis.selectivesync.rights.UserAccount;
import org.sis.selectivesync.rights.UserDirectory;
import org.sis.selectivesync.rights.UserGroup;

/**
 * Checks user names and passwords against the users of the tool database; the caller's groups
 * become their roles. An unknown name costs as much time as a wrong password, so that timing does
 * not tell which names exist.
 */
@ApplicationScoped
public class UserStore implements IdentityStore {

  @Inject private UserDirectory directory;

  @Inject private PasswordHashes hashes;

  private String unknownUserHash;

  @PostConstruct
  void prepare() {
    unknownUserHash = hashes.hash("no such user".toCharArray());
  }

  /** Valid when the user exists and the password matches the stored hash. */
  public CredentialValidationResult validate(UsernamePasswordCredential credential) {
    Optional<UserAccount> user = directory.user(credential.getCaller());
    String hash = user.map(UserAccount::getPasswordHash).orElse(unknownUserHash);
    boolean matches = hashes.matches(credential.getPassword().getValue(), hash);
    if (user.isEmpty() || !matches) {
      return CredentialValidationResult.INVALID_RESULT;
    }
    return new CredentialValidationResult(user.get().getUserName(), groupNames(user.get()));
  }

  private static Set<String> groupNames(UserAccount user) {
    return user.getGroups().stream().map(UserGroup::getName).collect(Collectors.toSet());
  }
}
