package uk.nciistats.dataimport.spreadsheet;

import org.junit.jupiter.api.Test;
import uk.nciistats.dataimport.spreadsheet.sheet.Sheet;
import uk.nciistats.dataimport.spreadsheet.sheet.SheetReader;
import uk.nciistats.dataimport.spreadsheet.sheet.UnreadableSheetException;
import uk.nciistats.errors.ValidationException;
import uk.nciistats.returns.Granularity;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TranslatorTest {
    private static final ReturnDefaults APRIL_TO_DECEMBER_2015 = new ReturnDefaults("FOI15", null,
            LocalDate.of(2015, 4, 13), LocalDate.of(2015, 12, 31), "FOI 2016/1", null);

    /** Force, Date, Age, Band, Gender, Site, Site2, Result: every field mapped, nothing else. */
    private static Mapping mapping() {
        return new Mapping("test", Map.of(Field.FORCE, List.of("Force"), Field.DATE, List.of("Date"),
                Field.AGE, List.of("Age"), Field.AGE_BAND, List.of("Band"), Field.GENDER, List.of("Gender"),
                Field.PLATFORMS, List.of("Site", "Site (2)"), Field.OUTCOME, List.of("Result")),
                APRIL_TO_DECEMBER_2015, Mapping.DEFAULT_UNKNOWN_MARKERS,
                Map.of(Field.GENDER, Map.of("f", "FEMALE"), Field.OUTCOME, Map.of("No Action", "NO_FURTHER_ACTION")),
                MonthDates.FIRST_DAY_IN_PERIOD);
    }

    private static Sheet sheet(String... rows) {
        var text = "Force,Date,Age,Band,Gender,Site,Site,Result\n" + String.join("\n", rows) + "\n";
        try {
            return SheetReader.read("test.csv", text.getBytes(StandardCharsets.UTF_8));
        } catch (UnreadableSheetException e) {
            throw new AssertionError(e);
        }
    }

    private static Translation translate(Sheet sheet, Mapping mapping) {
        return Translator.translate(sheet, mapping, null, KnownForces.ALL);
    }

    private static List<List<String>> lines(TranslatedFile file) {
        return file.lines();
    }

    @Test
    void aMonthWithoutAYearBecomesTheFirstDayOfThatMonthInsideTheReturnsPeriod() {
        var t = translate(sheet("Kent,november,30,,f,,,no action", "Kent,April,31,,f,,,no action"), mapping());

        assertThat(t.ready()).isTrue();
        assertThat(lines(t.reportsFile())).extracting(l -> l.get(1)).containsExactly("2015-11-01", "2015-04-13");
        assertThat(t.rows().get(0).reportedOn()).isEqualTo("2015-11-01 (november)");
    }

    @Test
    void aMonthOutsideThePeriodIsAProblemNamingTheRowNotAGuessedYear() {
        var t = translate(sheet("Kent,january,30,,f,,,no action"), mapping());

        assertThat(t.ready()).isFalse();
        assertThat(t.problems()).singleElement().satisfies(p -> {
            assertThat(p.row()).isEqualTo(2);
            assertThat(p.column()).isEqualTo("Date");
            assertThat(p.rule()).isEqualTo("month-outside-period");
        });
    }

    @Test
    void aMonthThatComesTwiceInALongPeriodIsAmbiguous() {
        var twoYears = mapping().withDefaults(APRIL_TO_DECEMBER_2015.withPeriod(LocalDate.of(2016, 1, 1),
                LocalDate.of(2017, 12, 31)));

        var t = translate(sheet("Kent,march,30,,f,,,no action", "Kent,march 2017,30,,f,,,no action"), twoYears);

        assertThat(t.problems()).extracting(RowProblem::rule).containsExactly("month-ambiguous");
        assertThat(lines(t.reportsFile()).get(1).get(1)).isEqualTo("2017-03-01");
    }

    @Test
    void monthsCanBeLeftUndatedInstead() {
        var t = translate(sheet("Kent,november,30,,f,,,no action"), mapping().withMonthDates(MonthDates.UNDATED));

        assertThat(t.ready()).isTrue();
        assertThat(lines(t.reportsFile()).get(0).get(1)).isEmpty();
    }

    @Test
    void nnAndBlanksAreNotKnownInEveryField() {
        var t = translate(sheet("Kent,nn,nn,,NN,nn,,nn", "Kent,,,,,,,"), mapping());

        assertThat(t.ready()).isTrue();
        assertThat(lines(t.reportsFile())).allSatisfy(line ->
                assertThat(line).containsExactly("FOI15-E23000032", "", "", "UNKNOWN", "", "UNKNOWN", ""));
    }

    @Test
    void severalPlatformColumnsAreReadIntoOneSet() {
        var t = translate(sheet("Kent,,30,,f,Instagram,facebook,no action", "Kent,,31,,f,facebook,Facebook,no action"),
                mapping());

        assertThat(lines(t.reportsFile())).extracting(l -> l.get(4)).containsExactly("FACEBOOK;INSTAGRAM", "FACEBOOK");
    }

    @Test
    void everyValueNoMappingCoversIsListedWithItsColumnAndRowsAndStopsTheImport() {
        var t = translate(sheet("met police,,30,,f,Mobile Phone,,charge", "Kent,,31,,f,mobile phone,,charge",
                "Kent,,32,,x,,,no action"), mapping());

        assertThat(t.ready()).isFalse();
        var unmapped = t.unmapped().stream().collect(Collectors.toMap(u -> u.field() + ":" + u.key(), u -> u));
        assertThat(unmapped).containsOnlyKeys("FORCE:met police", "PLATFORMS:mobile phone", "OUTCOME:charge", "GENDER:x");
        assertThat(unmapped.get("PLATFORMS:mobile phone").rows()).containsExactly(2, 3);
        assertThat(unmapped.get("PLATFORMS:mobile phone").column()).isEqualTo("Site");
        assertThat(unmapped.get("PLATFORMS:mobile phone").text()).isEqualTo("Mobile Phone");
        assertThat(unmapped.get("FORCE:met police").suggestion()).map(Suggestion::target).contains("E23000001");
        assertThat(unmapped.get("OUTCOME:charge").suggestion()).map(Suggestion::target).contains("CHARGED");
        assertThat(t.rows().get(0).problems()).contains("holds a value no mapping covers");
    }

    @Test
    void mappingTheListedValuesMakesTheFileReady() {
        var mapping = mapping().withValue(Field.FORCE, "Met Police", "E23000001")
                .withValue(Field.PLATFORMS, "mobile phone", "OTHER").withValue(Field.OUTCOME, "charge", "CHARGED")
                .withValue(Field.GENDER, "x", "");

        var t = translate(sheet("met police,,30,,f,Mobile Phone,,charge", "Kent,,31,,f,mobile phone,,charge",
                "Kent,,32,,x,,,no action"), mapping);

        assertThat(t.ready()).isTrue();
        assertThat(t.returns()).extracting(PlannedReturn::ref).containsExactly("FOI15-E23000001", "FOI15-E23000032");
        assertThat(lines(t.returnsFile())).first().isEqualTo(List.of("FOI15-E23000001", "E23000001", "2015-04-13",
                "2015-12-31", "RECORDS", "FOI 2016/1", ""));
        assertThat(lines(t.reportsFile())).extracting(l -> l.get(4) + " " + l.get(5))
                .containsExactly("OTHER CHARGED", "OTHER CHARGED", " NO_FURTHER_ACTION");
    }

    @Test
    void aForceThatGivesAgesOnlyAsBandsBecomesAnAggregateReturnWithItsBandsAsPublishedCells() {
        var t = translate(sheet("met police,may,,10 to 19,f,facebook,,no action", "met police,june,,10 to 19,,,,charge",
                "met police,june,,20 to 29,,,,no action", "met police,june,,,,,,", "met police,june,14,,,,,no action",
                "met police,june,45,,,instagram,facebook,no action", "Kent,june,25,,,,,no action"),
                mapping().withValue(Field.FORCE, "met police", "E23000001").withValue(Field.OUTCOME, "charge", "CHARGED"));

        assertThat(t.ready()).isTrue();
        assertThat(t.returns()).extracting(r -> r.forceCode() + " " + r.granularity())
                .containsExactly("E23000001 AGGREGATE", "E23000032 RECORDS");
        assertThat(t.returns().get(0).why()).contains("3 of its 6 rows give the age only as a band");
        assertThat(lines(t.countsFile())).extracting(l -> l.get(1) + " " + l.get(2) + " " + l.get(3)).containsExactly(
                "TOTAL  6", "AGE 10-19 3", "AGE 20-29 1", "AGE 45-45 1", "AGE UNKNOWN 1",
                "OUTCOME NO_FURTHER_ACTION 4", "OUTCOME CHARGED 1", "OUTCOME UNKNOWN 1",
                "GENDER FEMALE 1", "GENDER UNKNOWN 5",
                "PLATFORM FACEBOOK 2", "PLATFORM INSTAGRAM 1", "PLATFORM NONE 4");
        assertThat(lines(t.reportsFile())).hasSize(1);
        assertThat(t.countsFile().sourceRowsOf(3)).containsExactly(2, 3, 6);
    }

    @Test
    void overlappingBandsOfOneForceAreAProblemBecausePublishedBandsMustNotOverlap() {
        var t = translate(sheet("Kent,,,under 20,,,,no action", "Kent,,,10 to 19,,,,no action"), mapping());

        assertThat(t.problems()).extracting(RowProblem::rule).containsExactly("overlapping-bands");
    }

    @Test
    void anAgeOver120OrOutsideTheBandBesideItIsAProblem() {
        var t = translate(sheet("Kent,,300,,,,,no action", "Kent,,25,10 to 19,,,,no action"), mapping());

        assertThat(t.problems()).extracting(p -> p.row() + " " + p.rule()).containsExactly("2 age-range", "3 age-outside-band");
    }

    @Test
    void rowsWithNothingInTheMappedColumnsAreSkipped() {
        var t = translate(sheet("Kent,,30,,,,,no action", ",,,,,,,", ",,,,,,,"), mapping());

        assertThat(t.emptyRowsSkipped()).isEqualTo(2);
        assertThat(t.rows()).hasSize(1);
    }

    @Test
    void aRowWithoutAForceIsAProblem() {
        var t = translate(sheet(",,30,,,,,no action"), mapping());

        assertThat(t.problems()).extracting(RowProblem::rule).containsExactly("no-force");
    }

    @Test
    void aFileWithoutAForceColumnFillsOneReturnOfTheChosenForce() {
        var mapping = new Mapping("one", Map.of(Field.AGE, List.of("Age"), Field.OUTCOME, List.of("Result")),
                APRIL_TO_DECEMBER_2015.withForce("E23000032"), Mapping.DEFAULT_UNKNOWN_MARKERS,
                Map.of(Field.OUTCOME, Map.of("no action", "NO_FURTHER_ACTION")), null);

        var t = translate(sheet("Met,,30,,,,,no action"), mapping);

        assertThat(t.returns()).extracting(PlannedReturn::ref).containsExactly("FOI15");
        assertThat(lines(t.reportsFile())).containsExactly(List.of("FOI15", "", "30", "UNKNOWN", "", "NO_FURTHER_ACTION", ""));
    }

    @Test
    void aColumnTheFileDoesNotHaveAndMissingDefaultsAreProblemsOfTheWholeFile() {
        var mapping = mapping().withColumns(Field.OUTCOME, List.of("Outcome")).withDefaults(ReturnDefaults.NONE);

        var t = translate(sheet("Kent,,30,,,,,no action"), mapping);

        assertThat(t.problems()).extracting(p -> p.row() + " " + p.rule())
                .containsExactly("0 missing-column", "0 no-period", "0 no-source", "0 bad-ref");
        assertThat(t.rows()).isEmpty();
    }

    @Test
    void aMappingEntryThatIsNotAValueOfItsFieldIsAProblem() {
        var t = translate(sheet("Kent,,30,,,,,no action"), mapping().withValue(Field.OUTCOME, "no action", "NOTHING"));

        assertThat(t.problems()).extracting(RowProblem::rule).containsExactly("bad-mapping-entry");
    }

    @Test
    void filesFillingAStoredRecordsReturnRefuseBandsAndOtherForces() {
        var existing = new ExistingReturn("KENT-2015", "E23000032", LocalDate.of(2015, 4, 13),
                LocalDate.of(2015, 12, 31), Granularity.RECORDS);

        var t = Translator.translate(sheet("Kent,,,10 to 19,,,,no action", "Surrey Police,,30,,,,,no action",
                "Kent,,30,,,,,no action"), mapping(), existing, KnownForces.ALL);

        assertThat(t.problems()).extracting(p -> p.row() + " " + p.rule())
                .containsExactlyInAnyOrder("3 other-force", "2 band-in-records");
        assertThat(t.returnsFile().isEmpty()).isTrue();
        assertThat(lines(t.reportsFile())).extracting(l -> l.get(0)).containsOnly("KENT-2015");
    }

    @Test
    void aColumnOfLongFreeTextIsNotOfferedForMappingButRefusedAsFreeText() {
        var rows = java.util.stream.IntStream.rangeClosed(1, 12)
                .mapToObj(i -> "Kent,,30,,,,,Victim's former partner shared images on several sites in case " + i)
                .toArray(String[]::new);

        var t = translate(sheet(rows), mapping());

        assertThat(t.ready()).isFalse();
        assertThat(t.unmapped()).isEmpty();
        assertThat(t.problems()).singleElement().satisfies(p -> {
            assertThat(p.rule()).isEqualTo("free-text-column");
            assertThat(p.column()).isEqualTo("Result");
            assertThat(p.message()).contains("free text", "12 different texts");
        });
    }

    @Test
    void aSingleTextLongerThanAMappingKeepsIsAProblemOnItsRowsNotAValueToMap() {
        var t = translate(sheet("Kent,,30,,,,,no action",
                "Kent,,31,,,,,charged after the victim's former partner was identified by the officer"), mapping());

        assertThat(t.unmapped()).isEmpty();
        assertThat(t.problems()).extracting(p -> p.row() + " " + p.column() + " " + p.rule())
                .containsExactly("3 Result value-too-long");
    }

    @Test
    void aSavedMappingKeepsOnlyShortValueEntriesAndAFewHundredPerField() {
        var longEntry = mapping().withValue(Field.OUTCOME, "x".repeat(MappingLimits.MAX_TEXT + 1), "CHARGED");
        var many = mapping();
        for (int i = 0; i <= MappingLimits.MAX_ENTRIES_PER_FIELD; i++) {
            many = many.withValue(Field.GENDER, "g" + i, "FEMALE");
        }

        MappingLimits.check(mapping());
        assertThatThrownBy(() -> MappingLimits.check(longEntry)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("Outcome").hasMessageContaining("60 characters")
                .extracting(e -> ((ValidationException) e).field()).isEqualTo("values.OUTCOME");
        var tooMany = many;
        assertThatThrownBy(() -> MappingLimits.check(tooMany)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("gender").hasMessageContaining("at most 500");
    }

    @Test
    void aStoredAggregateReturnCannotBeFilledAndTheTranslationSaysSoUpFront() {
        var existing = new ExistingReturn("KENT-2015", "E23000032", LocalDate.of(2015, 4, 13),
                LocalDate.of(2015, 12, 31), Granularity.AGGREGATE);

        var t = Translator.translate(sheet("Kent,,30,,,,,no action"), mapping(), existing, KnownForces.ALL);

        assertThat(t.ready()).isFalse();
        assertThat(t.problems()).singleElement().satisfies(p -> {
            assertThat(p.rule()).isEqualTo("aggregate-target");
            assertThat(p.message()).contains("KENT-2015", "AGGREGATE", "new return");
        });
        assertThat(t.countsFile().isEmpty()).isTrue();
        assertThat(t.reportsFile().isEmpty()).isTrue();
    }

    @Test
    void theInterchangeFilesAreCsvWithTheirHeaderAndQuotedWhereNeeded() {
        var mapping = mapping().withDefaults(APRIL_TO_DECEMBER_2015.withSource("FOI 2016/1, \"final\""));

        var t = translate(sheet("Kent,,30,,,,,no action"), mapping);

        assertThat(new String(t.returnsFile().bytes(), StandardCharsets.UTF_8)).isEqualTo(
                "return_ref,force_code,period_start,period_end,granularity,source,received_on\r\n"
                        + "FOI15-E23000032,E23000032,2015-04-13,2015-12-31,RECORDS,\"FOI 2016/1, \"\"final\"\"\",\r\n");
        assertThat(new String(t.reportsFile().bytes(), StandardCharsets.UTF_8)).startsWith(
                "return_ref,reported_on,victim_age,victim_gender,platforms,outcome,home_office_outcome\r\n");
    }

    @Test
    void aValueASpreadsheetWouldTakeForAFormulaReachesTheImportExactlyQuotedOnlyForItsSemicolon() {
        var mapping = mapping().withDefaults(APRIL_TO_DECEMBER_2015.withSource("=FOI;-1+1"));

        var t = translate(sheet("Kent,,30,,,,,no action"), mapping);

        assertThat(new String(t.returnsFile().bytes(), StandardCharsets.UTF_8))
                .contains(",RECORDS,\"=FOI;-1+1\",\r\n");
    }

    @Test
    void aHomeOfficeOutcomeIsImportedWithItsTypeAndTheOutcomeTheContractGivesIt() {
        var mapping = mapping().withValue(Field.OUTCOME, "Outcome 15 - Evidential difficulties", "outcome 15");

        var t = translate(sheet("Kent,,30,,,,,Outcome 15 - Evidential difficulties", "Kent,,31,,,,,outcome 1",
                "Kent,,32,,,,,no action"), mapping);

        assertThat(t.ready()).isTrue();
        assertThat(lines(t.reportsFile())).extracting(l -> l.get(5) + " " + l.get(6))
                .containsExactly("NO_FURTHER_ACTION 15", "CHARGED 1", "NO_FURTHER_ACTION ");
        assertThat(t.rows()).extracting(PreviewRow::outcome)
                .containsExactly("NO_FURTHER_ACTION (Home Office 15)", "CHARGED (Home Office 1)", "NO_FURTHER_ACTION");
    }

    @Test
    void aValueInTwoPlatformColumnsIsAskedOnceNamingBothColumns() {
        var t = translate(sheet("Kent,,30,,,TikTok,,no action", "Kent,,31,,,facebook,tiktok,no action",
                "Kent,,32,,,,Tik Tok,no action"), mapping());

        assertThat(t.unmapped()).extracting(UnmappedValue::key).containsExactly("tiktok", "tik tok");
        assertThat(t.unmapped().get(0).columns()).containsExactly("Site", "Site (2)");
        assertThat(t.unmapped().get(0).rows()).containsExactly(2, 3);
        assertThat(t.unmapped().get(0).suggestion()).map(Suggestion::target).contains("OTHER");
    }

    @Test
    void thePreviewWarnsWhenOneCatchAllValueTakesMostRowsOfAColumn() {
        var mapping = mapping().withValue(Field.OUTCOME, "outcome 15 - evidential difficulties", "OTHER")
                .withValue(Field.OUTCOME, "outcome 1 - charged", "OTHER");

        var t = translate(sheet("Kent,,30,,,,,outcome 15 - evidential difficulties",
                "Kent,,31,,,,,outcome 15 - evidential difficulties", "Kent,,32,,,,,outcome 1 - charged",
                "Kent,,33,,,,,outcome 1 - charged", "Kent,,34,,,,,no action"), mapping);

        assertThat(t.ready()).as("a warning never stops the import").isTrue();
        assertThat(t.warnings()).extracting(PreviewWarning::message).anySatisfy(m ->
                assertThat(m).contains("column 'Result'", "4 of its 5 filled rows read as OTHER"));
        assertThat(t.warnings()).extracting(PreviewWarning::message).anySatisfy(m ->
                assertThat(m).contains("reads 'outcome 15 - evidential difficulties', 'outcome 1 - charged' as OTHER",
                        "4 rows", "catch-all"));
    }

    @Test
    void thePreviewWarnsWhenSeveralTextsOfAColumnAllReadAsOneValue() {
        var mapping = mapping().withValue(Field.OUTCOME, "filed", "NO_FURTHER_ACTION")
                .withValue(Field.OUTCOME, "closed", "NO_FURTHER_ACTION");

        var t = translate(sheet("Kent,,30,,,,,filed", "Kent,,31,,,,,closed", "Kent,,32,,,,,no action",
                "Kent,,33,,,,,filed", "Kent,,34,,,,,closed"), mapping);

        assertThat(t.warnings()).singleElement().extracting(PreviewWarning::message).asString()
                .contains("all 3 different texts", "read as NO_FURTHER_ACTION");
    }

    @Test
    void aColumnOfVariedValuesGivesNoWarning() {
        var t = translate(sheet("Kent,,30,,f,facebook,,no action", "Kent,,31,,f,instagram,,charged",
                "Kent,,32,,f,,,caution", "Kent,,33,,f,facebook,,no action", "Kent,,34,,f,snapchat,,outcome 8"), mapping());

        assertThat(t.warnings()).isEmpty();
    }

    @Test
    void aHomeOfficeOutcomeWrittenWithItsWholeTitleIsVocabularyNotFreeTextHoweverLong() {
        var t = translate(sheet("Kent,,30,,,,,Outcome 15 - Evidential difficulties: suspect identified; victim supports"
                + " action", "Kent,,31,,,,,Outcome 15 - Mrs Jane Example of 12 Any Street said she would not go to court"),
                mapping());

        assertThat(t.unmapped()).singleElement().satisfies(u -> {
            assertThat(u.key()).startsWith("outcome 15 - evidential difficulties");
            assertThat(u.suggestion()).map(Suggestion::target).contains("outcome 15");
        });
        assertThat(t.problems()).singleElement().extracting(RowProblem::rule).isEqualTo("value-too-long");
    }
}
