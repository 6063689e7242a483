package org.cordon.simulation.scenario;

import java.util.Objects;
import java.util.Optional;
import org.cordon.community.Community;
import org.cordon.measure.PolicyTimeline;

/**
 * A loaded scenario: its name, where its community came from, the community, and the validated
 * timeline; plus the file it was read from, if any (for the sections other modules read).
 *
 * @param name the scenario's name
 * @param communitySpec where the community came from
 * @param community the community
 * @param timeline the validated timeline
 * @param file the scenario file, empty for a built-in preset
 */
public record Scenario(
    String name, CommunitySpec communitySpec, Community community, PolicyTimeline timeline, Optional<ScenarioFile> file) {
  /** @throws NullPointerException if an argument is null */
  public Scenario {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(communitySpec, "communitySpec");
    Objects.requireNonNull(community, "community");
    Objects.requireNonNull(timeline, "timeline");
    Objects.requireNonNull(file, "file");
  }

  /** @return the scenario as a YAML document (name, community, start, end, timeline, assumptions) */
  public String toYaml() {
    return ScenarioFile.toYaml(ScenarioFile.tree(name, communitySpec, timeline));
  }
}
