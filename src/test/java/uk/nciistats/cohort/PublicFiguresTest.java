package uk.nciistats.cohort;

import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import uk.nciistats.returns.AgeRange;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Disclosure control across answers (cohort-semantics §10), checked on random data with random
 * record keys: a VIEWER's figures move by at most ±D, the same contributors always give the same
 * figure, and the difference of two public figures gives the true difference no more often than the
 * perturbation table's design says.
 */
class PublicFiguresTest {
    private static final int THRESHOLD = 5;
    private final PerturbationTable table = PerturbationTable.parse(PerturbationTable.DEFAULT, 2);
    private final Disclosure disclosure = new Disclosure(table, THRESHOLD);

    @Property(tries = 60)
    void noPublicFigureIsFurtherThanTwoFromTheTruthAndOnlySmallOnesAreWithheld(
            @ForAll long seed, @ForAll @IntRange(min = 1, max = 4) int returns,
            @ForAll @IntRange(min = 0, max = 300) int reportsEach) {
        var random = new RandomCohorts(seed);
        var facts = recordsAndAggregates(random, returns, reportsEach);
        for (int question = 0; question < 10; question++) {
            var answer = CohortEngine.answer(random.question(), facts, false);
            var shown = disclosure.stats(answer);

            assertWithinTwo(answer.total(), shown.total());
            for (int r = 0; r < answer.rows().size(); r++) {
                assertWithinTwo(answer.rows().get(r).count(), shown.rows().get(r).count());
                assertThat(shown.rows().get(r).count().exact()).isFalse();
            }
        }
    }

    private static void assertWithinTwo(CohortAnswer.Figure truth, CohortStats.Count shown) {
        var t = truth.count();
        if (shown.suppressed()) {
            assertThat(t.low() > 0 && t.low() < THRESHOLD + 2 || t.high() > 0 && t.high() < THRESHOLD + 2)
                    .as("%s withheld although no bound is small", t).isTrue();
            return;
        }
        assertThat(Math.abs(shown.bounds().low() - t.low())).as("low of %s shown as %s", t, shown).isLessThanOrEqualTo(2);
        assertThat(Math.abs(shown.bounds().high() - t.high())).as("high of %s shown as %s", t, shown).isLessThanOrEqualTo(2);
        if (t.low() == 0) {
            assertThat(shown.bounds().low()).isZero();
        }
    }

    @Property(tries = 60)
    void aForcesRowAndTheSameForceAskedAloneGiveTheSameFigure(
            @ForAll long seed, @ForAll @IntRange(min = 1, max = 5) int returns,
            @ForAll @IntRange(min = 0, max = 200) int reportsEach) {
        var random = new RandomCohorts(seed);
        var facts = recordsAndAggregates(random, returns, reportsEach);
        var asked = random.question();
        var byForce = withGrouping(asked, List.of(Dimension.FORCE));
        var rows = disclosure.stats(CohortEngine.answer(byForce, facts, false)).rows();

        for (var row : rows) {
            var force = (String) row.keys().get(0);
            var alone = withForces(withGrouping(asked, List.of()), Set.of(force));
            var aloneAnswer = disclosure.stats(CohortEngine.answer(alone, facts, false));

            assertThat(aloneAnswer.total()).as("force %s alone", force).isEqualTo(row.count());
            assertThat(disclosure.stats(CohortEngine.answer(alone, facts, false)).total()).isEqualTo(aloneAnswer.total());
        }
    }

    /**
     * Many random pairs of questions that differ by one force or one year of age: how often the
     * public difference is the true one. With independent keys and the default table that happens
     * with probability Σ pᵢ² = 0.273 (p = 16, 64, 96, 64, 16 of 256); without perturbation, always.
     */
    @Example
    void theDifferenceOfTwoPublicFiguresIsTheTrueOneNoMoreOftenThanTheTableSays() {
        var seeds = new Random(20261204);
        int pairs = 0;
        int revealed = 0;
        while (pairs < 1500) {
            var random = new RandomCohorts(seeds.nextLong());
            var facts = new ArrayList<ReturnFacts>();
            for (int i = 0; i < 4; i++) {
                facts.add(random.records(60 + seeds.nextInt(200), false).facts());
            }
            var asked = withGrouping(random.question(), List.of());
            CohortQuestion wider;
            CohortQuestion narrower;
            if (seeds.nextBoolean()) {
                var forces = new TreeSet<String>();
                facts.forEach(f -> forces.add(f.forceCode()));
                wider = withForces(asked, forces);
                forces.remove(forces.first());
                narrower = withForces(asked, forces);
            } else {
                int age = 12 + seeds.nextInt(50);
                wider = withAges(asked, new AgeRange(0, age, false));
                narrower = withAges(asked, new AgeRange(0, age - 1, false));
            }
            var w = CohortEngine.answer(wider, facts, false).total();
            var n = CohortEngine.answer(narrower, facts, false).total();
            long trueDifference = w.count().high() - n.count().high();
            var pw = disclosure.count(w);
            var pn = disclosure.count(n);
            if (trueDifference == 0 || pw.suppressed() || pn.suppressed() || n.count().high() < THRESHOLD + 2) {
                continue;
            }
            pairs++;
            if (pw.bounds().high() - pn.bounds().high() == trueDifference) {
                revealed++;
            }
        }
        double design = table.chanceOfEqualNoise(100);
        double rate = (double) revealed / pairs;
        double tolerance = 4 * Math.sqrt(design * (1 - design) / pairs);

        assertThat(design).isCloseTo(0.2734, org.assertj.core.data.Offset.offset(0.0001));
        assertThat(rate).as("%d of %d differences were exact", revealed, pairs).isLessThanOrEqualTo(design + tolerance);
    }

    /** Returns of both kinds: record-level ones, and others published as margins. */
    private static List<ReturnFacts> recordsAndAggregates(RandomCohorts random, int returns, int reportsEach) {
        var facts = new ArrayList<ReturnFacts>();
        for (int i = 0; i < returns; i++) {
            var records = random.records(reportsEach, true);
            facts.add(i % 2 == 0 ? records.facts() : random.publish(records, random.partition()));
        }
        return facts;
    }

    private static CohortQuestion withGrouping(CohortQuestion q, List<Dimension> groupBy) {
        return new CohortQuestion(q.forces(), q.regions(), q.countries(), q.offences(), q.statuses(), q.from(), q.to(),
                q.ageFilter(), q.outcomes(), q.platforms(), q.genders(), groupBy, q.bands(), q.shareBase());
    }

    private static CohortQuestion withForces(CohortQuestion q, Set<String> forces) {
        return new CohortQuestion(forces, q.regions(), q.countries(), q.offences(), q.statuses(), q.from(), q.to(),
                q.ageFilter(), q.outcomes(), q.platforms(), q.genders(), q.groupBy(), q.bands(), q.shareBase());
    }

    private static CohortQuestion withAges(CohortQuestion q, AgeRange band) {
        return new CohortQuestion(q.forces(), q.regions(), q.countries(), q.offences(), q.statuses(), q.from(), q.to(),
                List.of(band), q.outcomes(), q.platforms(), q.genders(), q.groupBy(), q.bands(), q.shareBase());
    }
}
