package org.sis.selectivesync.rights;

/** A request named a user group that does not exist. */
public class UnknownGroupException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public UnknownGroupException(int groupId) {
    super("There is no user group " + groupId);
  }
}
