package org.sis.selectivesync.sync;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParser.Event;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The body of a submitted sync request, read as a stream: a {@code keys} array is collected one
 * element at a time and refused as soon as it holds more entries than any request may (twice the
 * key limit, duplicates allowed), and the body as a whole may not be larger than twice the longest
 * key text plus 1 MB. A body of any size therefore costs the server bounded memory.
 *
 * @param members every member but an array of keys
 * @param keyArray the {@code keys} array's entries as text, or {@code null} when it is no array
 */
record SubmittedBody(JsonObject members, List<String> keyArray) {

  private static final long SLACK_BYTES = 1 << 20;

  /**
   * Reads a body.
   *
   * @throws JsonException when it is no JSON object (answered 400 by {@link BadJsonMapper})
   * @throws InvalidRequestException when it is too large or has too many keys
   */
  static SubmittedBody read(InputStream body, SyncSettings settings) {
    long maxBytes = 2L * settings.maxInputChars() + SLACK_BYTES;
    int maxEntries = 2 * settings.maxKeys();
    try (JsonParser parser = Json.createParser(new Limited(body, maxBytes))) {
      if (!parser.hasNext()) {
        throw new JsonException("found nothing");
      }
      Event first = parser.next();
      if (first != Event.START_OBJECT) {
        throw new JsonException("found " + kind(first));
      }
      return members(parser, maxEntries);
    }
  }

  private static SubmittedBody members(JsonParser parser, int maxEntries) {
    JsonObjectBuilder members = Json.createObjectBuilder();
    List<String> keyArray = null;
    Event event = parser.next();
    while (event == Event.KEY_NAME) {
      String name = parser.getString();
      Event value = parser.next();
      if (name.equals("keys") && value == Event.START_ARRAY) {
        keyArray = entries(parser, maxEntries);
      } else {
        members.add(name, parser.getValue());
      }
      event = parser.next();
    }
    return new SubmittedBody(members.build(), keyArray);
  }

  private static List<String> entries(JsonParser parser, int maxEntries) {
    List<String> entries = new ArrayList<>();
    for (Event event = parser.next(); event != Event.END_ARRAY; event = parser.next()) {
      if (entries.size() == maxEntries) {
        throw new InvalidRequestException(SyncMessages.format("keys.tooManyEntries", maxEntries));
      }
      JsonValue entry = parser.getValue();
      entries.add(entry instanceof JsonString text ? text.getString() : entry.toString());
    }
    return entries;
  }

  private static String kind(Event event) {
    return switch (event) {
      case START_ARRAY -> "array";
      case VALUE_STRING -> "string";
      case VALUE_NUMBER -> "number";
      default -> event.name().replace("VALUE_", "").toLowerCase(Locale.ROOT);
    };
  }

  /** Refuses a body once more bytes than allowed were read. */
  private static final class Limited extends FilterInputStream {

    private final long maxBytes;
    private long read;

    Limited(InputStream in, long maxBytes) {
      super(in);
      this.maxBytes = maxBytes;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      count(b < 0 ? 0 : 1);
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      count(Math.max(n, 0));
      return n;
    }

    private void count(int bytes) {
      read += bytes;
      if (read > maxBytes) {
        throw new InvalidRequestException(SyncMessages.format("request.tooLarge", maxBytes));
      }
    }
  }
}
