package uk.nciistats.cohort;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import uk.nciistats.reference.Country;
import uk.nciistats.reference.Force;
import uk.nciistats.reference.Offence;
import uk.nciistats.reference.ReferenceCatalog;
import uk.nciistats.returns.ReturnStatus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Coverage (cohort-semantics §13) against a brute-force reading, day by day and force by force, over
 * random returns of random statuses and random windows.
 */
class CoverageAgainstBruteForceTest {
    private static final ReferenceCatalog CATALOG = ReferenceCatalog.of(List.of(
            new Force("E23000001", "Metropolitan Police Service", "Metropolitan Police", Country.ENGLAND, "London"),
            new Force("E23000032", "Kent Police", "Kent", Country.ENGLAND, "South East"),
            new Force("E23000033", "Sussex Police", "Sussex", Country.ENGLAND, "South East"),
            new Force("E23000034", "City of London Police", "City of London", Country.ENGLAND, "London"),
            new Force("W15000001", "North Wales Police", "North Wales", Country.WALES, "Wales"),
            new Force("W15000002", "Gwent Police", "Gwent", Country.WALES, "Wales")), List.of(
            new Offence("CJCA2015-S33", "008/71", "disclosing", "CJCA 2015 s.33", LocalDate.of(2015, 4, 13),
                    LocalDate.of(2024, 1, 30)),
            new Offence("SOA2003-S66B", null, "sharing", "SOA 2003 s.66B", LocalDate.of(2024, 1, 31), null)));

    @Property(tries = 200)
    void coverageCountsEveryForceInScopeOnceAndEveryDayAsTheBruteForceDoes(
            @ForAll long seed, @ForAll @IntRange(min = 0, max = 8) int returns, @ForAll boolean viewer) {
        var random = new Random(seed);
        var facts = randomReturns(random, returns);
        var q = randomQuestion(new RandomCohorts(seed), random, viewer);
        var visible = viewer ? Set.of(ReturnStatus.PUBLISHED) : null;

        var days = new CoveredDays(q, facts, CATALOG, visible);
        var whole = days.whole();

        assertThat(whole.forcesCovered() + whole.forcesPartly() + whole.missing().size()).isEqualTo(whole.forcesInScope());
        assertThat(whole.partly()).allSatisfy(p -> assertThat(p.daysCovered()).isBetween(1, p.daysInWindow() - 1));
        assertThat(whole).isEqualTo(bruteForce(q, facts, visible, whole.from(), whole.to()));

        var byYear = withGrouping(q, List.of(Dimension.FORCE, Dimension.YEAR));
        var rows = new CoveredDays(byYear, facts, CATALOG, visible);
        if (whole.from() != null) {
            for (int year = whole.from().getYear(); year <= whole.to().getYear(); year++) {
                var bucketFrom = max(whole.from(), LocalDate.of(year, 1, 1));
                var bucketTo = min(whole.to(), LocalDate.of(year, 12, 31));
                var bucket = new CoveredDays(withGrouping(q, List.of(Dimension.YEAR)), facts, CATALOG, visible)
                        .row(List.of(String.valueOf(year)));
                assertThat(bucket).as("the bucket %d", year).isEqualTo(bruteForce(q, facts, visible, bucketFrom, bucketTo));
                for (var force : CATALOG.forces(null, null)) {
                    if (whole.forcesInScope() > 0 && inScope(q, force)) {
                        var row = rows.row(List.of(force.code(), String.valueOf(year)));
                        assertThat(row.forcesInScope()).isEqualTo(1);
                    }
                }
            }
        }
    }

    @Property(tries = 100)
    void aViewersCoverageIgnoresReturnsThatAreNotPublished(@ForAll long seed,
                                                            @ForAll @IntRange(min = 1, max = 8) int returns) {
        var random = new Random(seed);
        var facts = randomReturns(random, returns);
        var q = randomQuestion(new RandomCohorts(seed), random, true);
        var onlyPublished = facts.stream().filter(f -> f.status() == ReturnStatus.PUBLISHED).toList();

        assertThat(new CoveredDays(q, facts, CATALOG, Set.of(ReturnStatus.PUBLISHED)).whole())
                .isEqualTo(new CoveredDays(q, onlyPublished, CATALOG, Set.of(ReturnStatus.PUBLISHED)).whole());
    }

    /** Day by day: a force covers a day when one of its counted returns' periods holds it. */
    private static Coverage bruteForce(CohortQuestion q, List<ReturnFacts> facts, Set<ReturnStatus> visible,
                                       LocalDate from, LocalDate to) {
        var scope = CATALOG.forces(null, null).stream().filter(f -> inScope(q, f)).toList();
        if (from == null || from.isAfter(to)) {
            return new Coverage(null, null, scope.size(), 0, scope, List.of());
        }
        int days = (int) (to.toEpochDay() - from.toEpochDay() + 1);
        int covered = 0;
        var missing = new ArrayList<Force>();
        var partly = new ArrayList<Coverage.Partial>();
        for (var force : scope) {
            int d = 0;
            for (var day = from; !day.isAfter(to); day = day.plusDays(1)) {
                var today = day;
                if (facts.stream().anyMatch(r -> r.forceCode().equals(force.code()) && q.selects(r)
                        && !today.isBefore(r.periodStart()) && !today.isAfter(r.periodEnd()))) {
                    d++;
                }
            }
            if (d == days) {
                covered++;
            } else if (d == 0) {
                missing.add(force);
            } else {
                partly.add(new Coverage.Partial(force, d, days));
            }
        }
        return new Coverage(from, to, scope.size(), covered, missing, partly);
    }

    private static boolean inScope(CohortQuestion q, Force f) {
        return (q.forces() == null || q.forces().contains(f.code()))
                && (q.regions() == null || q.regions().contains(f.region()))
                && (q.countries() == null || q.countries().contains(f.country()));
    }

    private static List<ReturnFacts> randomReturns(Random random, int n) {
        var forces = CATALOG.forces(null, null);
        var statuses = ReturnStatus.values();
        var facts = new ArrayList<ReturnFacts>();
        for (int i = 0; i < n; i++) {
            var force = forces.get(random.nextInt(forces.size() - 1)); // the last force never has a return
            var start = LocalDate.of(2015, 4, 13).plusDays(random.nextInt(900));
            var end = start.plusDays(random.nextInt(400));
            facts.add(new ReturnFacts(i + 1, 1, "R" + i, force.code(), force.shortName(), force.region(), force.country(),
                    "CJCA2015-S33", statuses[random.nextInt(statuses.length)], start, end, new ReportColumns(0), null));
        }
        return facts;
    }

    private static CohortQuestion randomQuestion(RandomCohorts cohorts, Random random, boolean viewer) {
        var asked = cohorts.question();
        Set<String> forces = random.nextInt(3) == 0 ? Set.of("E23000032", "W15000002") : null;
        Set<String> regions = random.nextInt(4) == 0 ? Set.of("South East", "London") : null;
        Set<Country> countries = random.nextInt(4) == 0 ? Set.of(Country.ENGLAND) : null;
        Set<ReturnStatus> statuses = viewer ? Set.of(ReturnStatus.PUBLISHED)
                : random.nextBoolean() ? null : Set.of(ReturnStatus.DRAFT, ReturnStatus.PUBLISHED);
        return new CohortQuestion(forces, regions, countries, null, statuses, asked.from(), asked.to(), null, null,
                null, null, List.of(), asked.bands(), asked.shareBase());
    }

    private static CohortQuestion withGrouping(CohortQuestion q, List<Dimension> groupBy) {
        return new CohortQuestion(q.forces(), q.regions(), q.countries(), q.offences(), q.statuses(), q.from(), q.to(),
                q.ageFilter(), q.outcomes(), q.platforms(), q.genders(), groupBy, q.bands(), q.shareBase());
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
