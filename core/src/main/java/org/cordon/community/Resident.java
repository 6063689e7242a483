package org.cordon.community;

import java.time.LocalDate;
import java.util.Optional;

/**
 * One resident: a value view of a row of a {@link Community}.
 *
 * @param id dense resident id, {@code 0 <= id < community.residentCount()}
 * @param household the household the resident lives in
 * @param building the building of that household
 * @param compound the compound (小区) of that building
 * @param workplace the workplace (an institution), or {@link Community#NONE}
 * @param age age in whole years
 * @param sex recorded sex
 * @param returneeOrigin where the resident came back from, {@link ReturneeOrigin#NONE} if not a returnee
 * @param arrivalDate the day a returnee arrived; {@code null} exactly when not a returnee
 */
public record Resident(
    int id,
    int household,
    int building,
    int compound,
    int workplace,
    int age,
    Sex sex,
    ReturneeOrigin returneeOrigin,
    LocalDate arrivalDate) {

  /** @return whether the resident came back from elsewhere before the festival */
  public boolean isReturnee() {
    return returneeOrigin != ReturneeOrigin.NONE;
  }

  /** @return the arrival date of a returnee, empty for other residents */
  public Optional<LocalDate> arrival() {
    return Optional.ofNullable(arrivalDate);
  }

  /** @return the workplace id, empty when the resident has none */
  public Optional<Integer> workplaceId() {
    return workplace == Community.NONE ? Optional.empty() : Optional.of(workplace);
  }
}
