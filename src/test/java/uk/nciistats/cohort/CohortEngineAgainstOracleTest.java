package uk.nciistats.cohort;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Properties of the engine, checked by jqwik on random data: against a brute-force oracle over raw
 * rows, and against the hidden truth behind randomly published margins. Each try draws a seed for
 * the data and questions, and the sizes of the data set, which jqwik shrinks when a try fails; a
 * failure is reproducible from the seed jqwik reports.
 */
class CohortEngineAgainstOracleTest {

    @Property(tries = 80)
    void recordLevelAnswersEqualTheBruteForceOracleOnRandomData(@ForAll long seed,
                                                               @ForAll @IntRange(min = 1, max = 5) int returns,
                                                               @ForAll @IntRange(min = 0, max = 3000) int reportsEach) {
        var random = new RandomCohorts(seed);
        var raw = new ArrayList<Oracle.RawReturn>();
        for (int i = 0; i < returns; i++) {
            raw.add(random.records(reportsEach, true));
        }
        for (int question = 0; question < 15; question++) {
            var q = random.question();
            var answer = CohortEngine.answer(q, raw.stream().map(Oracle.RawReturn::facts).toList(), true);
            var expected = Oracle.cells(q, raw);
            var expectedKeys = Oracle.cellKeys(q, raw);

            assertThat(answer.total().count()).as("total of %s", q).isEqualTo(expected.getOrDefault(List.of("TOTAL"), Bounds.ZERO));
            assertThat(answer.total().cellKey()).as("total's cell key of %s", q)
                    .isEqualTo(expectedKeys.getOrDefault(List.of("TOTAL"), 0));
            expectedKeys.remove(List.of("TOTAL"));
            if (!q.groupBy().isEmpty()) {
                expected.remove(List.of("TOTAL"));
                assertThat(rows(answer)).as("cells of %s", q).isEqualTo(expected);
                assertThat(cellKeys(answer)).as("cell keys of %s", q).isEqualTo(expectedKeys);
            }
        }
    }

    /** Questions the engine answers from one column's histogram when a return lies inside the window. */
    @Property(tries = 80)
    void unfilteredQuestionsOnOneReportColumnEqualTheOracle(@ForAll long seed,
                                                            @ForAll @IntRange(min = 1, max = 5) int returns,
                                                            @ForAll @IntRange(min = 0, max = 800) int reportsEach,
                                                            @ForAll Dimension reportDimension,
                                                            @ForAll boolean byForce,
                                                            @ForAll ShareBase shareBase) {
        var random = new RandomCohorts(seed);
        var raw = new ArrayList<Oracle.RawReturn>();
        for (int i = 0; i < returns; i++) {
            raw.add(random.records(reportsEach, true));
        }
        var groupBy = new ArrayList<Dimension>();
        if (byForce) {
            groupBy.add(Dimension.FORCE);
        }
        if (!reportDimension.calendar() && reportDimension != Dimension.FORCE) {
            groupBy.add(reportDimension);
        }
        for (int question = 0; question < 6; question++) {
            var asked = random.question();
            var q = new CohortQuestion(null, null, null, null, null, asked.from(), asked.to(), null, null, null, null,
                    groupBy, asked.bands(), shareBase);
            var answer = CohortEngine.answer(q, raw.stream().map(Oracle.RawReturn::facts).toList(), true);
            var expected = Oracle.cells(q, raw);
            var expectedKeys = Oracle.cellKeys(q, raw);

            assertThat(answer.total().count()).as("total of %s", q).isEqualTo(expected.getOrDefault(List.of("TOTAL"), Bounds.ZERO));
            assertThat(answer.total().cellKey()).as("total's cell key of %s", q)
                    .isEqualTo(expectedKeys.getOrDefault(List.of("TOTAL"), 0));
            expectedKeys.remove(List.of("TOTAL"));
            expected.remove(List.of("TOTAL"));
            if (!groupBy.isEmpty()) {
                assertThat(rows(answer)).as("cells of %s", q).isEqualTo(expected);
                assertThat(cellKeys(answer)).as("cell keys of %s", q).isEqualTo(expectedKeys);
            }
        }
    }

    @Property(tries = 120)
    void publishedMarginsAlwaysBoundTheHiddenTruth(@ForAll long seed,
                                                  @ForAll @IntRange(min = 1, max = 4) int returns,
                                                  @ForAll @IntRange(min = 0, max = 400) int reportsEach) {
        var random = new RandomCohorts(seed);
        var hidden = new ArrayList<Oracle.RawReturn>();
        var published = new ArrayList<ReturnFacts>();
        for (int i = 0; i < returns; i++) {
            var records = random.records(reportsEach, false);
            hidden.add(records);
            published.add(random.publish(records, random.partition()));
        }
        for (int question = 0; question < 20; question++) {
            var q = random.question();
            var answer = CohortEngine.answer(q, published, true);
            var truth = Oracle.cells(q, hidden);
            long total = truth.getOrDefault(List.of("TOTAL"), Bounds.ZERO).low();

            assertThat(answer.total().count().low()).as("total low of %s", q).isLessThanOrEqualTo(total);
            assertThat(answer.total().count().high()).as("total high of %s", q).isGreaterThanOrEqualTo(total);
            if (q.groupBy().isEmpty()) {
                continue;
            }
            truth.remove(List.of("TOTAL"));
            var rows = rows(answer);
            truth.forEach((key, t) -> {
                var bounds = rows.get(key);
                assertThat(bounds).as("cell %s of %s (truth %s)", key, q, t).isNotNull();
                assertThat(bounds.low()).as("low of %s in %s", key, q).isLessThanOrEqualTo(t.low());
                assertThat(bounds.high()).as("high of %s in %s", key, q).isGreaterThanOrEqualTo(t.low());
            });
            rows.forEach((key, bounds) -> {
                if (!truth.containsKey(key)) {
                    assertThat(bounds.low()).as("low of empty cell %s in %s", key, q).isZero();
                }
            });
        }
    }

    @Property(tries = 60)
    void bandsThatMatchThePublishedOnesGiveExactCounts(@ForAll long seed,
                                                       @ForAll @IntRange(min = 0, max = 400) int reports) {
        var random = new RandomCohorts(seed);
        var records = random.records(reports, false);
        var bands = random.partition();
        ReturnFacts published;
        do {
            published = random.publish(records, bands);
        } while (published.margins().ageNotStated() != 0);
        var q = new CohortQuestion(null, null, null, null, null, null, null, null, null, null, null,
                List.of(Dimension.FORCE, Dimension.AGE_BAND), bands, ShareBase.PARENT);

        var answer = CohortEngine.answer(q, List.of(published), true);
        var truth = Oracle.cells(q, List.of(records));
        truth.remove(List.of("TOTAL"));

        assertThat(rows(answer)).isEqualTo(truth);
        assertThat(answer.rows()).allSatisfy(r -> assertThat(r.count().count().exact()).isTrue());
    }

    private static Map<List<Object>, Integer> cellKeys(CohortAnswer answer) {
        var keys = new LinkedHashMap<List<Object>, Integer>();
        answer.rows().forEach(r -> keys.put(r.keys(), r.count().cellKey()));
        return keys;
    }

    private static Map<List<Object>, Bounds> rows(CohortAnswer answer) {
        var rows = new LinkedHashMap<List<Object>, Bounds>();
        answer.rows().forEach(r -> rows.put(r.keys(), r.count().count()));
        return rows;
    }
}
