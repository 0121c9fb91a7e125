package eu.od4growth.assessment.benchmark.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import eu.od4growth.common.problem.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** k-anonymity and the differencing attacks, on populations built by hand (k = 5). */
class BenchmarkTest {

    private static final int K = 5;
    private static final List<String> DIMENSIONS = List.of("policy", "portal");

    private static Respondent respondent(String name, String type, String nuts, double total) {
        return new Respondent(name, type, "DATA_PROVIDER", nuts, total, Map.of("policy", total, "portal", 100 - total),
                "assessment-of-" + name);
    }

    private static List<Respondent> population(int cities, int parks, String nuts) {
        List<Respondent> population = new ArrayList<>();
        for (int i = 0; i < cities; i++) {
            population.add(respondent("city-" + nuts + i, "CITY", nuts, 10 + 10 * i));
        }
        for (int i = 0; i < parks; i++) {
            population.add(respondent("park-" + nuts + i, "NATURAL_PARK", nuts, 50 + i));
        }
        return population;
    }

    private static Benchmark.Cell group(Benchmark.Result result, String key) {
        return result.groups().stream().filter(c -> key.equals(c.key())).findFirst().orElseThrow();
    }

    @Test
    void aGroupIsSuppressedAtKMinusOneAndShownAtK() {
        Benchmark.Result below = Benchmark.of(population(K - 1, 0, "FRF1"), Criteria.EVERYONE, Attribute.TYPE, K,
                DIMENSIONS);
        assertThat(below.all().suppressed()).isTrue();
        assertThat(below.all().total()).isNull();
        assertThat(group(below, "CITY").suppressed()).isTrue();

        Benchmark.Result at = Benchmark.of(population(K, 0, "FRF1"), Criteria.EVERYONE, Attribute.TYPE, K, DIMENSIONS);
        Benchmark.Cell cities = group(at, "CITY");
        assertThat(cities.suppressed()).isFalse();
        assertThat(cities.total()).isEqualTo(new Summary(5, 30.0, 30.0, 20.0, 40.0));
        assertThat(cities.dimensions().get("portal").median()).isEqualTo(70.0);
    }

    @Test
    void theTotalMinusTheShownGroupsNeverExposesASmallGroup() {
        // 10 cities and 2 parks: the parks are suppressed; showing the cities would give the parks' figures as
        // "everyone" minus "cities", so the cities are suppressed too
        Benchmark.Result result = Benchmark.of(population(10, 2, "FRF1"), Criteria.EVERYONE, Attribute.TYPE, K,
                DIMENSIONS);
        assertThat(result.all().suppressed()).isFalse();
        assertThat(group(result, "NATURAL_PARK").suppressed()).isTrue();
        assertThat(group(result, "CITY").suppressed()).isTrue();
        assertThat(group(result, "CITY").reason()).contains("difference");
    }

    @Test
    void complementarySuppressionHidesTheSmallestShownGroupWhenSuppressedOnesHoldFewerThanK() {
        List<Respondent> population = population(6, 0, "FRF1");
        population.addAll(population(0, 7, "FRF2"));
        for (int i = 0; i < 2; i++) {
            population.add(respondent("agency-" + i, "AGENCY", "FRF3", 40));
        }
        Benchmark.Result result = Benchmark.of(population, Criteria.EVERYONE, Attribute.TYPE, K, DIMENSIONS);
        assertThat(group(result, "AGENCY").suppressed()).isTrue();
        assertThat(group(result, "CITY").suppressed()).isTrue();
        assertThat(group(result, "CITY").reason()).contains("complementary");
        assertThat(group(result, "NATURAL_PARK").suppressed()).isFalse();
    }

    @Test
    void theDifferencingAttackOfARegionAgainstTheRegionMinusOneTypeIsRefused() {
        // region FRF holds 6 cities and 1 park; everything else is Veneto
        List<Respondent> population = population(6, 1, "FRF1");
        population.addAll(population(8, 8, "ITH3"));
        Benchmark.Result region = Benchmark.of(population, new Criteria(null, null, "FRF", false), null, K, DIMENSIONS);
        assertThat(region.all().suppressed()).isFalse();
        assertThat(region.all().total().count()).isEqualTo(7);
        // FRF's cities differ from FRF by one organisation: the park's figures would be FRF minus FRF's cities
        assertThatThrownBy(() -> Benchmark.of(population, new Criteria("CITY", null, "FRF", false), null, K, DIMENSIONS))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .anySatisfy(v -> assertThat(v.field()).isEqualTo("type")));
        // the same by grouping FRF by type: both groups suppressed, FRF's total alone is given
        Benchmark.Result grouped = Benchmark.of(population, new Criteria(null, null, "FRF", false), Attribute.TYPE, K,
                DIMENSIONS);
        assertThat(grouped.groups()).allSatisfy(cell -> assertThat(cell.suppressed()).isTrue());
    }

    @Test
    void aRegionDifferingFromItsParentLevelByFewerThanKIsRefusedAndRegionsGroupOneLevelDown() {
        List<Respondent> population = population(6, 0, "FRF1");
        population.addAll(population(3, 0, "FRF2"));
        population.addAll(population(8, 0, "ITH3"));
        // FRF1 (6) vs FRF (9): 3 organisations apart
        assertThatThrownBy(() -> Benchmark.of(population, new Criteria(null, null, "FRF1", false), null, K, DIMENSIONS))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.violations().get(0).field()).isEqualTo("region"));
        Benchmark.Result countries = Benchmark.of(population, Criteria.EVERYONE, Attribute.REGION, K, DIMENSIONS);
        assertThat(countries.groups()).extracting(Benchmark.Cell::key).containsExactly("FR", "IT");
        Benchmark.Result frf = Benchmark.of(population, new Criteria(null, null, "FR", false), Attribute.REGION, K,
                DIMENSIONS);
        assertThat(frf.groups()).extracting(Benchmark.Cell::key).containsExactly("FRF");
        Benchmark.Result inside = Benchmark.of(population, new Criteria(null, null, "FRF", false), Attribute.REGION, K,
                DIMENSIONS);
        assertThat(inside.groups()).extracting(Benchmark.Cell::key).containsExactly("FRF1", "FRF2");
        assertThat(inside.groups()).allSatisfy(cell -> assertThat(cell.suppressed()).isTrue());
    }

    @Test
    void aCampaignDifferingFromTheModelsCampaignsByFewerThanKIsRefusedAndItsGroupsSuppressed() {
        List<Respondent> campaign = population(6, 5, "FRF1");
        List<Respondent> model = new ArrayList<>(campaign);
        model.add(respondent("city-elsewhere", "CITY", "FRF2", 90));
        assertThatThrownBy(() -> Benchmark.of(campaign, Criteria.EVERYONE, null, K, DIMENSIONS, List.of(model)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.violations().get(0).field()).isEqualTo("campaign"));
        // the same organisation counted with another campaign's assessment also differs
        List<Respondent> resubmitted = new ArrayList<>(campaign.subList(1, campaign.size()));
        Respondent first = campaign.get(0);
        resubmitted.add(new Respondent(first.organisation(), first.type(), first.pointOfView(), first.nuts(), 99.0,
                first.dimensions(), "a-later-assessment"));
        assertThat(Benchmark.acrossScopes(campaign, List.of(resubmitted), Criteria.EVERYONE, K)).isTrue();
        // by region: the campaign's FRF1 equals the model's FRF1, shown; far enough from the model (7 apart) as a whole
        List<Respondent> wide = new ArrayList<>(campaign);
        for (int i = 0; i < 7; i++) {
            wide.add(respondent("veneto-" + i, "CITY", "ITH3" + i, 50));
        }
        Benchmark.Result result = Benchmark.of(campaign, new Criteria(null, null, "FR", false), Attribute.TYPE, K,
                DIMENSIONS, List.of(wide));
        assertThat(result.all().suppressed()).isFalse();
        assertThat(group(result, "CITY").suppressed()).isFalse();
        // one more organisation of the region in another campaign of the model: FR's figures would expose it
        wide.add(respondent("city-elsewhere", "CITY", "FRF2", 90));
        assertThatThrownBy(() -> Benchmark.of(campaign, new Criteria(null, null, "FR", false), Attribute.TYPE, K,
                DIMENSIONS, List.of(wide))).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aQueryAboutFewerThanKIsNotRefusedSinceItShowsNothingToSubtract() {
        List<Respondent> population = population(3, 0, "FRF1");
        Benchmark.Result empty = Benchmark.of(population, new Criteria(null, null, "FRX", false), null, K, DIMENSIONS);
        assertThat(empty.all().suppressed()).isTrue();
        population.addAll(population(6, 0, "ITH3"));
        Benchmark.Result small = Benchmark.of(population, new Criteria(null, null, "FRF", false), Attribute.TYPE, K,
                DIMENSIONS);
        assertThat(small.all().suppressed()).isTrue();
        assertThat(small.groups()).allSatisfy(cell -> assertThat(cell.suppressed()).isTrue());
    }

    @Test
    void aDimensionFewerThanKOrganisationsHaveIsSuppressedWithinAShownGroup() {
        List<Respondent> population = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            population.add(new Respondent("o" + i, "CITY", "DATA_USER", "FRF1", 50.0,
                    i < 2 ? Map.of("policy", 50.0, "portal", 10.0) : Map.of("policy", 50.0), "a" + i));
        }
        Benchmark.Result result = Benchmark.of(population, Criteria.EVERYONE, null, K, DIMENSIONS);
        assertThat(result.all().dimensions().get("policy").count()).isEqualTo(6);
        assertThat(result.all().dimensions().get("portal")).isNull();
    }
}
