package org.sis.selectivesync.sync;

import java.util.List;

/**
 * Keys read page by page in ascending order, so that a batch request of any size is stored without
 * holding its keys in memory. Each call may run in a transaction of its own on another database.
 */
@FunctionalInterface
public interface KeySource {

  /** Up to {@code count} keys greater than {@code after}, ascending; fewer at the end. */
  List<Long> after(long after, int count);
}
