package uk.nciistats.cohort;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The engine against a brute-force oracle over raw rows, and against hidden truth behind published
 * margins. Each case is reproducible from its seed.
 */
class CohortEngineAgainstOracleTest {

    @TestFactory
    Stream<DynamicTest> recordLevelAnswersEqualTheBruteForceOracleOnRandomData() {
        return LongStream.range(0, 60).mapToObj(seed -> DynamicTest.dynamicTest("seed " + seed, () -> {
            var random = new RandomCohorts(seed);
            var raw = new ArrayList<Oracle.RawReturn>();
            for (int i = 0; i < 4; i++) {
                raw.add(random.records(seed < 5 ? 1500 : 120, true));
            }
            for (int question = 0; question < 15; question++) {
                var q = random.question();
                var answer = CohortEngine.answer(q, raw.stream().map(Oracle.RawReturn::facts).toList(), Long::toString);
                var expected = Oracle.cells(q, raw);

                assertThat(answer.total()).as("total of %s", q).isEqualTo(expected.getOrDefault(List.of("TOTAL"), Bounds.ZERO));
                if (!q.groupBy().isEmpty()) {
                    expected.remove(List.of("TOTAL"));
                    assertThat(rows(answer)).as("cells of %s", q).isEqualTo(expected);
                }
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> publishedMarginsAlwaysBoundTheHiddenTruth() {
        return LongStream.range(0, 80).mapToObj(seed -> DynamicTest.dynamicTest("seed " + seed, () -> {
            var random = new RandomCohorts(1000 + seed);
            var hidden = new ArrayList<Oracle.RawReturn>();
            var published = new ArrayList<ReturnFacts>();
            for (int i = 0; i < 3; i++) {
                var records = random.records(150, false);
                hidden.add(records);
                published.add(random.publish(records, random.partition()));
            }
            for (int question = 0; question < 20; question++) {
                var q = random.question();
                var answer = CohortEngine.answer(q, published, Long::toString);
                var truth = Oracle.cells(q, hidden);
                long total = truth.getOrDefault(List.of("TOTAL"), Bounds.ZERO).low();

                assertThat(answer.total().low()).as("total low of %s", q).isLessThanOrEqualTo(total);
                assertThat(answer.total().high()).as("total high of %s", q).isGreaterThanOrEqualTo(total);
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
        }));
    }

    @TestFactory
    Stream<DynamicTest> bandsThatMatchThePublishedOnesGiveExactCounts() {
        return LongStream.range(0, 40).mapToObj(seed -> DynamicTest.dynamicTest("seed " + seed, () -> {
            var random = new RandomCohorts(5000 + seed);
            var records = random.records(200, false);
            var bands = random.partition();
            ReturnFacts published;
            do {
                published = random.publish(records, bands);
            } while (published.margins().ageNotStated() != 0);
            var q = new CohortQuestion(null, null, null, null, null, null, null, null, null, null, null,
                    List.of(Dimension.FORCE, Dimension.AGE_BAND), bands, ShareBase.PARENT);

            var answer = CohortEngine.answer(q, List.of(published), Long::toString);
            var truth = Oracle.cells(q, List.of(records));
            truth.remove(List.of("TOTAL"));

            assertThat(rows(answer)).isEqualTo(truth);
            assertThat(answer.rows()).allSatisfy(r -> assertThat(r.count().exact()).isTrue());
        }));
    }

    private static Map<List<Object>, Bounds> rows(CohortAnswer answer) {
        var rows = new LinkedHashMap<List<Object>, Bounds>();
        answer.rows().forEach(r -> rows.put(r.keys(), r.count()));
        return rows;
    }
}
