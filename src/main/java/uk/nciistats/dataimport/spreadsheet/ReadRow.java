package uk.nciistats.dataimport.spreadsheet;

import uk.nciistats.returns.AgeRange;
import uk.nciistats.returns.Gender;
import uk.nciistats.returns.HomeOfficeOutcome;
import uk.nciistats.returns.Outcome;
import uk.nciistats.returns.Platform;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;

/** A spreadsheet row as read, before it becomes a report or part of a published cell. */
final class ReadRow {
    /** The row's number in the spreadsheet. */
    final int row;
    /** What is wrong with the row, in words. */
    final List<String> problems = new ArrayList<>();
    final EnumSet<Platform> platforms = EnumSet.noneOf(Platform.class);
    String forceCode;
    /** The date cell as the file gives it, "" when the date is not mapped. */
    String dateText = "";
    LocalDate reportedOn;
    /** The exact age, or null. */
    Integer age;
    /** The band the age is given as, when no exact age is; else null. */
    AgeRange band;
    Gender gender = Gender.UNKNOWN;
    Outcome outcome = Outcome.UNKNOWN;
    HomeOfficeOutcome homeOfficeOutcome;
    /** Whether some cell of the row holds a text no mapping covers. */
    boolean unmapped;

    ReadRow(int row) {
        this.row = row;
    }

    /** Records a problem of this row: on the row, and among the translation's problems {@code all}. */
    void problem(List<RowProblem> all, String column, String rule, String message) {
        all.add(new RowProblem(row, column, rule, message));
        problems.add(message);
    }

    PreviewRow preview(String ref, String force) {
        var date = reportedOn == null ? "" : reportedOn.toString();
        if (!dateText.isEmpty() && !dateText.equals(date)) {
            date = date.isEmpty() ? "not dated (" + dateText + ")" : date + " (" + dateText + ")";
        }
        var shownAge = age != null ? age.toString() : band != null ? band.label() : "";
        return new PreviewRow(row, forceCode == null ? "" : ref, force, date, shownAge, gender.name(),
                platforms.stream().map(Platform::name).collect(Collectors.joining(";")), outcome.name()
                + (homeOfficeOutcome == null ? "" : " (Home Office " + homeOfficeOutcome.type() + ")"),
                unmapped ? withUnmapped() : problems);
    }

    private List<String> withUnmapped() {
        var all = new ArrayList<>(problems);
        all.add(0, "holds a value no mapping covers");
        return all;
    }
}
