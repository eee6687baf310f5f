package uk.nciistats.dataimport.spreadsheet;

import org.junit.jupiter.api.Test;
import uk.nciistats.dataimport.spreadsheet.sheet.SheetReader;
import uk.nciistats.returns.Granularity;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The built-in mapping reads the BBC Data Unit's raw 2015 file completely, with nothing guessed. */
class BbcDataUnitMappingTest {
    private static final Translation BBC = translate();

    private static Translation translate() {
        try {
            var sheet = SheetReader.read(BuiltInMappings.BBC_2015_FILE, BuiltInMappings.bbcDemoFile());
            return Translator.translate(sheet, BuiltInMappings.named(BuiltInMappings.BBC_2015).orElseThrow(), null,
                    KnownForces.ALL);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void theShippedFileIsTheBbcsFileByteForByte() throws Exception {
        // SHA-256 of the BBC's file as the BBC published it (docs/demo-data.md)
        var sha256 = java.security.MessageDigest.getInstance("SHA-256").digest(BuiltInMappings.bbcDemoFile());

        assertThat(java.util.HexFormat.of().formatHex(sha256))
                .isEqualTo("4edf4861567f53b92c19b857b5955533218636c1cd319141f957395ba19f3f11");
        assertThat(BuiltInMappings.bbcDemoFile()).hasSize(96413);
    }

    @Test
    void everyValueOfTheFileIsCoveredAndNothingIsWrong() {
        assertThat(BBC.unmapped()).isEmpty();
        assertThat(BBC.problems()).isEmpty();
        assertThat(BBC.ready()).isTrue();
    }

    @Test
    void all1169IncidentsOf31ForcesAreReadAndTheOneEmptyRowIsSkipped() {
        assertThat(BBC.rows()).hasSize(1169);
        assertThat(BBC.emptyRowsSkipped()).isEqualTo(1);
        assertThat(BBC.returns()).hasSize(31);
        assertThat(BBC.returns().stream().mapToInt(PlannedReturn::rows).sum()).isEqualTo(1169);
    }

    @Test
    void theFourForcesThatGaveAgeBandsBecomeAggregateReturns() {
        var aggregate = BBC.returns().stream().filter(r -> r.granularity() == Granularity.AGGREGATE)
                .map(PlannedReturn::forceCode).toList();

        // Metropolitan Police, Northumbria, Norfolk, Gloucestershire
        assertThat(aggregate).containsExactlyInAnyOrder("E23000001", "E23000007", "E23000024", "E23000037");
        assertThat(BBC.reportCount()).isEqualTo(1169 - 273 - 12 - 27 - 9);
    }

    @Test
    void theMetropolitanPolicesBandsArePublishedAsItGaveThem() {
        var met = cells("BBC2015-E23000001", "AGE");

        assertThat(met).containsExactly(Map.entry("10-19", 108), Map.entry("20-29", 95), Map.entry("30-39", 53),
                Map.entry("40-49", 13), Map.entry("50-59", 4));
        assertThat(cells("BBC2015-E23000037", "AGE")).containsOnlyKeys("15-20", "21-30", "31-40");
        assertThat(cells("BBC2015-E23000007", "AGE")).containsKeys("0-15", "17-17", "42-42");
    }

    @Test
    void outcomesOfTheWholeFileAddUpToTheFreeTextAsMapped() {
        var outcomes = new java.util.TreeMap<String, Integer>();
        BBC.reportsFile().lines().forEach(l -> outcomes.merge(l.get(5), 1, Integer::sum));
        BBC.countsFile().lines().stream().filter(l -> l.get(1).equals("OUTCOME"))
                .forEach(l -> outcomes.merge(l.get(2), Integer.parseInt(l.get(3)), Integer::sum));

        assertThat(outcomes).containsExactlyInAnyOrderEntriesOf(Map.of("NO_FURTHER_ACTION", 602, "CHARGED", 114,
                "CAUTION", 70, "COMMUNITY_RESOLUTION", 50, "UNDER_INVESTIGATION", 142, "OTHER", 8, "UNKNOWN", 183));
    }

    @Test
    void monthsBecomeDaysInside2015AndTheThreeOutsideThePeriodAreUndated() {
        var dated = BBC.reportsFile().lines().stream().map(l -> l.get(1)).filter(d -> !d.isEmpty()).toList();

        assertThat(dated).allMatch(d -> d.compareTo("2015-04-13") >= 0 && d.compareTo("2015-12-31") <= 0);
        assertThat(dated).contains("2015-04-13", "2015-11-01").doesNotContain("2015-04-01");
        assertThat(BBC.rows().stream().filter(r -> r.reportedOn().startsWith("not dated"))).hasSize(3);
    }

    private static Map<String, Integer> cells(String ref, String dimension) {
        return BBC.countsFile().lines().stream().filter(l -> l.get(0).equals(ref) && l.get(1).equals(dimension))
                .collect(Collectors.toMap(l -> l.get(2), l -> Integer.parseInt(l.get(3)), (a, b) -> a,
                        java.util.LinkedHashMap::new));
    }

    static List<String> refs() {
        return BBC.returns().stream().map(PlannedReturn::ref).toList();
    }
}
