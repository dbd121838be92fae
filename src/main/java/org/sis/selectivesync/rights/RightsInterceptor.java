package org.sis.selectivesync.rights;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/**
 * Enforces {@link RequiresRight}. Runs before the transaction interceptor, so a denied call opens
 * no transaction and changes nothing.
 */
@RequiresRight
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class RightsInterceptor {

  @Inject private Caller caller;

  @AroundInvoke
  Object check(InvocationContext invocation) throws Exception {
    RequiresRight required = requirement(invocation);
    caller.require(required.tool(), required.right());
    return invocation.proceed();
  }

  private static RequiresRight requirement(InvocationContext invocation) {
    RequiresRight onMethod = invocation.getMethod().getAnnotation(RequiresRight.class);
    if (onMethod != null) {
      return onMethod;
    }
    Class<?> type = invocation.getMethod().getDeclaringClass();
    RequiresRight onType = type.getAnnotation(RequiresRight.class);
    if (onType == null) {
      throw new IllegalStateException("No @RequiresRight on " + invocation.getMethod());
    }
    return onType;
  }
}
