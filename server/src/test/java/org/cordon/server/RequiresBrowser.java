package org.cordon.server;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a test class that drives a real headless Chromium through Selenium: it runs when
 * {@code chromium} and {@code chromedriver} are on {@code PATH} and is skipped, with one line naming
 * what to install, when they are not; with {@code -Dcordon.browser=required} (as {@code .ci/run}
 * sets) a missing browser fails the class instead. See {@link BrowserCondition}.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(BrowserCondition.class)
public @interface RequiresBrowser {
}
