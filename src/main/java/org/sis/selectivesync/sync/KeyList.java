package org.sis.selectivesync.sync;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Parses the keys of a sync request from what a user pastes (a spreadsheet column, a report's list)
 * or from a JSON array. Keys are whole positive numbers within the ID range; separators are commas,
 * semicolons and any white space; a UTF-8 byte order mark, blank lines, Windows line ends and a
 * trailing comma are fine. Duplicates are dropped, the first occurrence's order kept.
 */
public final class KeyList {

  /** How many bad tokens a message quotes before it says "and N more". */
  static final int QUOTED_TOKENS = 20;

  private static final Pattern SEPARATORS = Pattern.compile("[\\s,;]+");
  private static final Pattern DIGITS = Pattern.compile("\\d+");
  private static final char BYTE_ORDER_MARK = '\uFEFF';

  private final int maxKeys;
  private final int maxChars;

  /**
   * @param maxKeys the most distinct keys one request may hold
   * @param maxChars the longest text accepted, checked before any parsing
   */
  public KeyList(int maxKeys, int maxChars) {
    this.maxKeys = maxKeys;
    this.maxChars = maxChars;
  }

  /**
   * The distinct keys of a pasted text, in first-seen order.
   *
   * @throws InvalidRequestException for empty or oversized input, bad tokens or too many keys
   */
  public List<Long> parse(String text) {
    if (text != null && text.length() > maxChars) {
      throw new InvalidRequestException(
          SyncMessages.format("keys.tooLong", text.length(), maxChars));
    }
    String body = text == null ? "" : stripByteOrderMark(text).strip();
    List<String> tokens = body.isEmpty() ? List.of() : List.of(SEPARATORS.split(body));
    return validate(tokens.stream().filter(token -> !token.isEmpty()).toList());
  }

  /**
   * The distinct keys of a JSON array's elements (numbers or strings), in first-seen order.
   *
   * @throws InvalidRequestException as {@link #parse(String)}
   */
  public List<Long> of(Collection<?> elements) {
    return validate(elements.stream().map(element -> String.valueOf(element).strip()).toList());
  }

  /**
   * How many distinct valid keys a text holds, ignoring bad tokens and the limits: the live count a
   * page shows while the user types. Texts longer than the limit count as none.
   */
  public int countValid(String text) {
    if (text == null || text.length() > maxChars) {
      return 0;
    }
    String body = stripByteOrderMark(text).strip();
    if (body.isEmpty()) {
      return 0;
    }
    return (int)
        SEPARATORS
            .splitAsStream(body)
            .map(KeyList::keyOf)
            .filter(key -> key != null)
            .distinct()
            .count();
  }

  private List<Long> validate(List<String> tokens) {
    if (tokens.isEmpty()) {
      throw new InvalidRequestException(SyncMessages.format("keys.empty"));
    }
    Set<Long> keys = new LinkedHashSet<>();
    List<String> invalid = new ArrayList<>();
    for (String token : tokens) {
      Long key = keyOf(token);
      if (key == null) {
        invalid.add(token);
      } else {
        keys.add(key);
      }
    }
    if (!invalid.isEmpty()) {
      throw new InvalidRequestException(invalidMessage(invalid), invalid);
    }
    if (keys.size() > maxKeys) {
      throw new InvalidRequestException(SyncMessages.format("keys.tooMany", keys.size(), maxKeys));
    }
    return List.copyOf(keys);
  }

  private static Long keyOf(String token) {
    if (!DIGITS.matcher(token).matches()) {
      return null;
    }
    try {
      long key = Long.parseLong(token);
      return key > 0 ? key : null;
    } catch (NumberFormatException beyondRange) {
      return null;
    }
  }

  private static String invalidMessage(List<String> invalid) {
    List<String> quoted = invalid.subList(0, Math.min(QUOTED_TOKENS, invalid.size()));
    String list = String.join(", ", quoted);
    int more = invalid.size() - quoted.size();
    return more == 0
        ? SyncMessages.format("keys.invalid", invalid.size(), list)
        : SyncMessages.format("keys.invalidMore", invalid.size(), list, more);
  }

  private static String stripByteOrderMark(String text) {
    return !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK ? text.substring(1) : text;
  }
}
