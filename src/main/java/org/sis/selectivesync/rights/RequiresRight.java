package org.sis.selectivesync.rights;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The current caller must hold a right on a tool to call the method (or every method of the class);
 * otherwise the call throws {@link AccessDeniedException} before the method runs, and before any
 * transaction of the method starts. A method's annotation wins over its class's.
 *
 * <pre>{@code @RequiresRight(tool = Tools.SELECTIVE_SYNC, right = Right.W)}</pre>
 *
 * <p>The check needs an active request (a page or REST call): see {@link Caller}.
 */
@Inherited
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface RequiresRight {

  /** The tool id, one of {@link Tools}. */
  @Nonbinding
  String tool() default "";

  /** The right needed on the tool. */
  @Nonbinding
  Right right() default Right.R;
}
