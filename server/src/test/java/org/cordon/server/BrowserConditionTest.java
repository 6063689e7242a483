package org.cordon.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@link BrowserCondition} looks binaries up on {@code PATH}. */
class BrowserConditionTest {
  @Test
  void findsAnExecutableOnPathAndNothingForAMissingName() {
    assertThat(BrowserCondition.onPath("sh")).hasValueSatisfying(p -> assertThat(p.getFileName().toString()).isEqualTo("sh"));
    assertThat(BrowserCondition.onPath("no-such-browser-cordon")).isEmpty();
  }
}
