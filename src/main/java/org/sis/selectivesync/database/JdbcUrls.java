package org.sis.selectivesync.database;

import java.util.regex.Pattern;

/** Makes JDBC URLs safe to log. */
public final class JdbcUrls {

  private static final Pattern PASSWORD = Pattern.compile("(?i)(password\\s*=\\s*)[^;&]*");
  private static final Pattern USER_INFO = Pattern.compile("(//[^/:@]+:)[^@/]*@");

  private JdbcUrls() {}

  /**
   * Returns the URL with the value of any {@code password=} parameter and any password in a {@code
   * user:password@host} part replaced by {@code ****}.
   */
  public static String masked(String url) {
    if (url == null) {
      return "(none)";
    }
    String masked = PASSWORD.matcher(url).replaceAll("$1****");
    return USER_INFO.matcher(masked).replaceAll("$1****@");
  }
}
