package org.cordon.measure;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a record component of a measure that holds ids of compounds or of checkpoints (a set or
 * list of {@code Integer}), so that a scenario file can name them: {@code compounds: [Honghua]}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Ids {
  /** @return what the ids refer to */
  Of value();

  /** What a set of ids refers to. */
  enum Of {
    /** Compound (小区) ids. */
    COMPOUNDS,
    /** Checkpoint (卡口) ids. */
    CHECKPOINTS
  }
}
