package org.cordon.community.synth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.cordon.InvalidInputException;
import org.cordon.community.Community;
import org.cordon.community.Compound;
import org.cordon.community.CompoundKind;
import org.cordon.community.MemberIndex;
import org.cordon.community.ReturneeOrigin;
import org.cordon.community.Workplace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JinshaSynthesizerTest {

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 42, 2020, -7})
  void jinshaMeetsEveryReportedCountExactly(long seed) {
    Community c = JinshaSynthesizer.jinsha2020(seed);

    assertThat(c.residentCount()).isEqualTo(26_707);
    assertThat(c.households()).hasSize(7_897);
    assertThat(kindCounts(c))
        .containsEntry(CompoundKind.INSTITUTION, 31)
        .containsEntry(CompoundKind.UNIT_DORMITORY, 20)
        .containsEntry(CompoundKind.COMMERCIAL_RESIDENTIAL_AREA, 8)
        .containsEntry(CompoundKind.VILLAGER_GROUP, 10)
        .containsEntry(CompoundKind.OLD_OPEN_COMPOUND, 6);
    assertThat(c.checkpoints()).hasSize(213);
    assertThat(c.zones()).hasSize(3);
    assertThat(c.grids()).hasSize(7);
    assertThat(c.responsibilityUnits()).hasSize(17);
    assertThat(c.areas()).hasSize(11);

    int honghua = c.compoundId("Honghua");
    assertThat(c.compounds().get(honghua).kind()).isEqualTo(CompoundKind.OLD_OPEN_COMPOUND);
    assertThat(c.areas().get(c.compounds().get(honghua).area()).name()).isEqualTo("Tuhuangsi");
    c.compoundId("Cotton mill");
    c.compoundId("Traffic police housing");

    int plant = c.compoundId("Fertilizer plant");
    assertThat(c.compounds().get(plant).kind()).isEqualTo(CompoundKind.UNIT_DORMITORY);
    assertThat(householdsIn(c, plant)).isEqualTo(49);
    assertThat(c.compoundMembers().size(plant)).isEqualTo(110);

    int group5 = c.compoundId("Villager group 5");
    assertThat(c.compounds().get(group5).kind()).isEqualTo(CompoundKind.VILLAGER_GROUP);
    assertThat(householdsIn(c, group5)).isEqualTo(627);
    assertThat(c.compoundMembers().size(group5)).isBetween(3_300, 3_399);

    assertThat(c.returneeCount()).isGreaterThanOrEqualTo(3_000);
    long wuhan = countOrigin(c, ReturneeOrigin.WUHAN);
    assertThat(wuhan).isGreaterThan(c.returneeCount() / 2);
    assertThat(wuhan + countOrigin(c, ReturneeOrigin.HUANGGANG)).isEqualTo(c.returneeCount());
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 5, 99})
  void everyInstitutionHasOneWorkplaceOnItsPremisesAndEveryUnitAndAreaAnswersForACompound(long seed) {
    Community c = JinshaSynthesizer.jinsha2020(seed);
    for (Compound compound : c.compounds()) {
      if (compound.kind() == CompoundKind.INSTITUTION) {
        assertThat(c.workplaces()).filteredOn(w -> w.compound() == compound.id()).hasSize(1);
        assertThat(c.compoundMembers().size(compound.id())).isZero();
      }
    }
    assertThat(c.workplaces()).hasSize(31).allMatch(w -> w.compound() != Community.NONE);
    assertThat(c.compounds().stream().map(Compound::responsibilityUnit).distinct()).hasSize(17);
    assertThat(c.compounds().stream().map(Compound::area).distinct()).hasSize(11);
    assertThat(c.grids().stream().map(g -> g.zone()).distinct()).hasSize(3);
    assertThat(c.responsibilityUnits().stream().map(u -> u.grid()).distinct()).hasSize(7);
    // workers live anywhere: not only in institutions (which have no homes)
    MemberIndex workers = c.workplaceMembers();
    int employed = 0;
    for (Workplace w : c.workplaces()) {
      employed += workers.size(w.id());
    }
    assertThat(employed).isPositive();
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 8})
  void checkpointsAreOnCompoundBoundariesAndOnTheCommunityBoundary(long seed) {
    Community c = JinshaSynthesizer.jinsha2020(seed);
    assertThat(c.checkpointsOf(Community.NONE)).isNotEmpty();
    for (Compound compound : c.compounds()) {
      assertThat(c.checkpointsOf(compound.id())).as(compound.name()).isNotEmpty();
    }
  }

  @Test
  void unitDormitoriesAreTwentyBuildingsAtJinshaSize() {
    Community c = JinshaSynthesizer.jinsha2020(3);
    long dormBuildings =
        c.buildings().stream()
            .filter(b -> c.compounds().get(b.compound()).kind() == CompoundKind.UNIT_DORMITORY)
            .count();
    assertThat(dormBuildings).isEqualTo(20);
  }

  @Test
  void everyHouseholdHasAnAdultAndArrivalsAreInTheChunyunWindow() {
    Community c = JinshaSynthesizer.jinsha2020(11);
    MemberIndex hh = c.householdMembers();
    for (int h = 0; h < hh.groupCount(); h++) {
      assertThat(hh.size(h)).isBetween(1, 10);
      int[] members = hh.members(h);
      int oldest = 0;
      for (int r : members) {
        oldest = Math.max(oldest, c.ageOf(r));
      }
      assertThat(oldest).isGreaterThanOrEqualTo(18);
    }
    for (int r = 0; r < c.residentCount(); r++) {
      if (c.returneeOriginOf(r) != ReturneeOrigin.NONE) {
        assertThat(c.arrivalDateOf(r)).isBetween(LocalDate.of(2020, 1, 10), LocalDate.of(2020, 1, 24));
        assertThat(c.ageOf(r)).isBetween(16, 64);
      }
    }
  }

  @Test
  void theMeanHouseholdSizeIsTheReportedOne() {
    Community c = JinshaSynthesizer.jinsha2020(4);
    assertThat((double) c.residentCount() / c.households().size()).isCloseTo(3.38, org.assertj.core.data.Offset.offset(0.005));
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 77})
  void sameSeedGivesAnEqualCommunity(long seed) {
    assertThat(JinshaSynthesizer.jinsha2020(seed)).isEqualTo(JinshaSynthesizer.jinsha2020(seed));
  }

  @Test
  void anotherSeedGivesAnotherCommunityWithTheSameTotals() {
    Community a = JinshaSynthesizer.jinsha2020(1);
    Community b = JinshaSynthesizer.jinsha2020(2);
    assertThat(a).isNotEqualTo(b);
    assertThat(b.residentCount()).isEqualTo(a.residentCount());
    assertThat(b.households()).hasSameSizeAs(a.households());
    assertThat(b.returneeCount()).isEqualTo(a.returneeCount());
    assertThat(b.checkpoints()).hasSameSizeAs(a.checkpoints());
  }

  @ParameterizedTest
  @ValueSource(ints = {1_000, 5_000, 100_000})
  void scaledCommunitiesKeepTheStructureWithExactlyTheAskedResidents(int residents) {
    Community c = JinshaSynthesizer.scaled(residents, 3);
    assertThat(c.residentCount()).isEqualTo(residents);
    assertThat(c.compounds()).hasSize(75);
    assertThat(c.checkpoints()).hasSize(213);
    assertThat(c.responsibilityUnits()).hasSize(17);
    assertThat(c.households().size()).isCloseTo((int) Math.round(7_897.0 * residents / 26_707), org.assertj.core.data.Offset.offset(1));
    assertThat(c.returneeCount()).isEqualTo((int) Math.round(2_950.0 * residents / 26_707) + (int) Math.round(250.0 * residents / 26_707));
    assertThat(JinshaSynthesizer.scaled(residents, 3)).isEqualTo(c);
  }

  @Test
  void scalingToTheReferenceSizeGivesJinsha() {
    assertThat(JinshaSynthesizer.scaled(26_707, 9)).isEqualTo(JinshaSynthesizer.jinsha2020(9));
  }

  @Test
  void tooFewResidentsForTheStructureAreRejected() {
    assertThatThrownBy(() -> JinshaSynthesizer.scaled(50, 1))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("residents");
    assertThatThrownBy(() -> JinshaSynthesizer.scaled(0, 1)).isInstanceOf(InvalidInputException.class);
  }

  @Test
  void moreReturneesThanResidentsOfReturneeAgeAreRejected() {
    JinshaProfile p = JinshaProfile.jinsha2020();
    JinshaProfile tooMany = withReturnees(p, 26_000);
    assertThatThrownBy(() -> JinshaSynthesizer.synthesize(tooMany, 1))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("returnee age");
  }

  @Test
  void aProfileWhoseNamedCompoundsDoNotFitIsRejected() {
    JinshaProfile p = JinshaProfile.jinsha2020();
    assertThatThrownBy(
            () ->
                new JinshaProfile(
                    p.residents(), p.households(), p.institutions(), p.unitDormitories(),
                    p.commercialResidentialAreas(), p.villagerGroups(), 2, p.villagerGroup5Households(),
                    p.villagerGroup5Residents(), p.fertilizerPlantHouseholds(), p.fertilizerPlantResidents(),
                    p.checkpoints(), p.zones(), p.grids(), p.responsibilityUnits(), p.areas(),
                    p.wuhanReturnees(), p.huanggangReturnees(), p.firstArrival(), p.lastArrival(),
                    p.compoundSizeJitter(), p.layout(), p.population()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("oldCompounds");
    Map<CompoundKind, KindLayout> layout = new EnumMap<>(p.layout());
    layout.put(CompoundKind.INSTITUTION, new KindLayout(0, 1, 1, 10));
    assertThatThrownBy(() -> p.withLayout(layout))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("checkpoints");
  }

  @Test
  void aChangedAssumptionChangesTheCommunity() {
    JinshaProfile p = JinshaProfile.jinsha2020();
    Community fewer = JinshaSynthesizer.synthesize(withReturnees(p, 1_000), 1);
    assertThat(fewer.returneeCount()).isEqualTo(1_000 + p.huanggangReturnees());
  }

  private static JinshaProfile withReturnees(JinshaProfile p, int wuhan) {
    return p.withReturnees(wuhan, p.huanggangReturnees());
  }

  private static Map<CompoundKind, Integer> kindCounts(Community c) {
    Map<CompoundKind, Integer> counts = new EnumMap<>(CompoundKind.class);
    for (Compound compound : c.compounds()) {
      counts.merge(compound.kind(), 1, Integer::sum);
    }
    return counts;
  }

  private static int householdsIn(Community c, int compound) {
    return (int) c.households().stream().filter(h -> c.buildings().get(h.building()).compound() == compound).count();
  }

  private static long countOrigin(Community c, ReturneeOrigin origin) {
    long n = 0;
    for (int r = 0; r < c.residentCount(); r++) {
      if (c.returneeOriginOf(r) == origin) {
        n++;
      }
    }
    return n;
  }

  @Test
  void theMaleShareIsTheCensusShare() {
    // 26,707 draws with p = 0.5127: sd 0.0031; the bound 0.015 is ~5 sd (two-sided alpha < 1e-6)
    Community c = JinshaSynthesizer.jinsha2020(21);
    long males = 0;
    for (int r = 0; r < c.residentCount(); r++) {
      males += c.sexOf(r) == org.cordon.community.Sex.MALE ? 1 : 0;
    }
    assertThat((double) males / c.residentCount()).isCloseTo(0.5127, org.assertj.core.data.Offset.offset(0.015));
  }

  @Test
  void theFertilizerPlantIsMostlyElderly() {
    Community c = JinshaSynthesizer.jinsha2020(6);
    int plant = c.compoundId("Fertilizer plant");
    long elderly = java.util.Arrays.stream(c.compoundMembers().members(plant)).filter(r -> c.ageOf(r) >= 60).count();
    assertThat(elderly).isGreaterThan(110 / 2);
  }

  @Test
  void aPopulationWithNoWorkersLeavesEveryWorkplaceEmpty() {
    JinshaProfile p = JinshaProfile.jinsha2020();
    PopulationProfile d = p.population();
    PopulationProfile idle =
        new PopulationProfile(
            d.householdSizeShares(), d.ageBandShares(), d.maxAge(), d.adultAge(), d.elderlyAge(),
            d.fertilizerPlantElderlyShare(), d.maleShare(), d.workingAgeMin(), d.workingAgeMax(), 0.0,
            d.workplaceZipfExponent(), d.returneeMinAge(), d.returneeMaxAge());
    Community c = JinshaSynthesizer.synthesize(p.withPopulation(idle), 1);
    for (int r = 0; r < c.residentCount(); r++) {
      assertThat(c.workplaceOf(r)).isEqualTo(Community.NONE);
    }
  }

  @Test
  void aShareOutsideZeroToOneIsRejected() {
    PopulationProfile d = PopulationProfile.defaults();
    assertThatThrownBy(
            () ->
                new PopulationProfile(
                    d.householdSizeShares(), d.ageBandShares(), d.maxAge(), d.adultAge(), d.elderlyAge(),
                    d.fertilizerPlantElderlyShare(), Double.NaN, d.workingAgeMin(), d.workingAgeMax(),
                    d.institutionWorkerShare(), d.workplaceZipfExponent(), d.returneeMinAge(), d.returneeMaxAge()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("maleShare");
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3})
  void honghuaHasWuhanReturnees(long seed) {
    // FACTS: a Wuhan returnee in Honghua was self-treating on 24 Jan
    Community c = JinshaSynthesizer.jinsha2020(seed);
    int honghua = c.compoundId("Honghua");
    assertThat(java.util.Arrays.stream(c.compoundMembers().members(honghua))
            .filter(r -> c.returneeOriginOf(r) == ReturneeOrigin.WUHAN))
        .isNotEmpty();
  }
}
