package org.sis.selectivesync.rights;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;

/** Installs {@link AccessDeniedExceptionHandler}; registered in {@code faces-config.xml}. */
public class AccessDeniedExceptionHandlerFactory extends ExceptionHandlerFactory {

  public AccessDeniedExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
    super(wrapped);
  }

  @Override
  public ExceptionHandler getExceptionHandler() {
    return new AccessDeniedExceptionHandler(getWrapped().getExceptionHandler());
  }
}
