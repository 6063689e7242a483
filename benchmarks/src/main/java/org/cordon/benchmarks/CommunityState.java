package org.cordon.benchmarks;

import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * What the tracing benchmarks and their baselines ({@link TracingBenchmark}, {@link
 * DuckDbBaselineBenchmark}, {@link CloseContactBaselineBenchmark}, {@link
 * WorkplaceBaselineBenchmark}, {@link BulkBaselineBenchmark}) share: the register and encounter
 * parameters, the {@link Fixture} built from them, and the position in its seeded rotation of
 * cases. Each subclass declares its own {@code size} parameter (the sizes it can run at) and calls
 * {@link #loadFixture()} from its trial set-up. JMH reads the {@code @Param} fields of this
 * superclass as the subclass's own ({@code -p register=DIR -p encounters=FILE}).
 */
@State(Scope.Thread)
public abstract class CommunityState {
  /**
   * A register folder ({@code cordon generate --out DIR} writes one) to measure on instead of a
   * synthesized community: {@code -p register=DIR -p size=0} (the size is then the register's).
   */
  @Param({""})
  public String register;

  /** An encounter file for the register (CSV {@code a,b,first_day,last_day[,minutes]}); synthetic encounters when blank. */
  @Param({""})
  public String encounters;

  /** The community, its graph and the rotation of cases; set by {@link #loadFixture()}. */
  protected Fixture fixture;

  private int next;

  /** @return the residents to synthesize (the subclass's {@code size} parameter; 0 with a register) */
  protected abstract int residents();

  /**
   * Builds the fixture from the parameters (not measured: call it from a trial set-up).
   *
   * @return the fixture
   */
  protected final Fixture loadFixture() {
    fixture = Fixture.of(residents(), register, encounters);
    return fixture;
  }

  /** @return the fixture (for tests) */
  final Fixture fixture() {
    return fixture;
  }

  /** Starts the rotation of cases again from its first case (the same cases in the same order). */
  protected final void restartRotation() {
    next = 0;
  }

  /** @return the next case of the rotation */
  protected final int nextCase() {
    return fixture.caseAt(next++);
  }

  /**
   * @param count how many
   * @return the next {@code count} cases of the rotation
   */
  protected final int[] nextCases(int count) {
    return fixture.casesAt(next++, count);
  }

  /**
   * @param count how many
   * @return the next {@code count} cases that share groups ({@link Fixture#sharedCasesAt})
   */
  protected final int[] nextSharedCases(int count) {
    return fixture.sharedCasesAt(next++, count);
  }
}
