package org.cordon.spark;

import java.io.Serializable;
import org.cordon.community.Community;
import org.cordon.simulation.disease.ModelParameters;
import org.cordon.simulation.experiment.CalibrationPrior;
import org.cordon.simulation.experiment.CalibrationTarget;
import org.cordon.simulation.experiment.Observed;
import org.cordon.simulation.experiment.Scenarios;
import org.cordon.simulation.scenario.CommunitySpec;

/**
 * What a calibration's executors need to rebuild its {@link CalibrationPrior}: the preset
 * community (name, seed, optionally scaled to a number of residents) and the seed; the model is
 * {@link ModelParameters#defaults()} and the observation {@link Observed#JINSHA_2020}, as in
 * {@code cordon calibrate}. Broadcast to the executors; a value-based key of {@link WorkerCache}.
 *
 * @param preset the community preset, e.g. {@code jinsha-2020}
 * @param communitySeed the preset's seed
 * @param residents residents to scale the preset to, or 0 for its own size
 * @param seed the calibration's seed
 * @param replicates replicates per prior draw, judged by the median of each statistic (as {@code
 *     cordon calibrate --replicates}; 1 to 100)
 */
public record CalibrationSetup(String preset, long communitySeed, int residents, long seed, int replicates)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  /**
   * @param seed the calibration's seed
   * @return the setup of {@code cordon calibrate}: the jinsha-2020 community with seed {@link
   *     Scenarios#COMMUNITY_SEED}
   */
  public static CalibrationSetup jinsha(long seed) {
    return jinsha(seed, 1);
  }

  /**
   * @param seed the calibration's seed
   * @param replicates replicates per prior draw
   * @return the setup of {@code cordon calibrate --replicates replicates}
   */
  public static CalibrationSetup jinsha(long seed, int replicates) {
    return new CalibrationSetup("jinsha-2020", Scenarios.COMMUNITY_SEED, 0, seed, replicates);
  }

  /**
   * @return the community
   * @throws org.cordon.InvalidInputException if the preset is unknown or {@code residents} too small
   */
  public Community community() {
    CommunitySpec spec = residents == 0 ? CommunitySpec.preset(preset, communitySeed) : CommunitySpec.preset(preset, communitySeed, residents);
    return spec.load();
  }

  /** @return the prior on this JVM, built on first use ({@link WorkerCache}) */
  public CalibrationPrior prior() {
    return WorkerCache.get(this, s -> CalibrationPrior.of(CalibrationTarget.jinsha(s.community(), ModelParameters.defaults()),
        Observed.JINSHA_2020, s.seed(), 1, s.replicates()));
  }
}
