package uk.nciistats.dataimport.spreadsheet;

import uk.nciistats.returns.Granularity;
import uk.nciistats.returns.Platform;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The returns a file's rows fill, written as interchange files. Into an existing return, all rows
 * go to it. Otherwise one new return per force (its reference PREFIX-GSS code when a column names
 * the force), RECORDS (one report per row) unless some row of its force gives the age only as a
 * band: a report carries an exact age or none, so that force's return is AGGREGATE, its published
 * cells counted from its rows ({@link CountedCells}).
 */
final class ReturnPlanning {
    private static final List<String> RETURNS_HEADER = List.of("return_ref", "force_code", "period_start",
            "period_end", "granularity", "source", "received_on");
    private static final List<String> REPORTS_HEADER = List.of("return_ref", "reported_on", "victim_age",
            "victim_gender", "platforms", "outcome", "home_office_outcome");
    private static final List<String> COUNTS_HEADER = List.of("return_ref", "dimension", "category", "count");

    final TranslatedFile returnsFile = new TranslatedFile("returns.csv", RETURNS_HEADER);
    final TranslatedFile reportsFile = new TranslatedFile("reports.csv", REPORTS_HEADER);
    final TranslatedFile countsFile = new TranslatedFile("counts.csv", COUNTS_HEADER);
    private final Mapping mapping;
    private final ExistingReturn existing;
    private final List<RowProblem> problems;
    private final CountedCells cells;

    /** A planning adding the problems it finds to {@code problems}. */
    ReturnPlanning(Mapping mapping, ExistingReturn existing, ForceNames forces, List<RowProblem> problems) {
        this.mapping = mapping;
        this.existing = existing;
        this.problems = problems;
        this.cells = new CountedCells(mapping, forces, problems, countsFile);
    }

    /** The returns the rows fill, in order of force code, their lines written to the files. */
    List<PlannedReturn> plan(List<ReadRow> rows) {
        var planned = new ArrayList<PlannedReturn>();
        for (var group : byForce(rows).entrySet()) {
            planned.add(fill(group.getKey(), group.getValue()));
        }
        return planned;
    }

    /** The reference of the return a force's rows go to. */
    String refOf(String forceCode) {
        if (existing != null) {
            return existing.ref();
        }
        var prefix = mapping.defaults().ref() == null ? "" : mapping.defaults().ref().strip();
        return mapping.maps(Field.FORCE) ? prefix + "-" + forceCode : prefix;
    }

    private Map<String, List<ReadRow>> byForce(List<ReadRow> rows) {
        var groups = new TreeMap<String, List<ReadRow>>();
        if (existing != null) {
            if (existing.granularity() == Granularity.RECORDS) {
                groups.put(existing.forceCode(), rows);
            }
            return groups;
        }
        for (var r : rows) {
            if (r.forceCode != null) {
                groups.computeIfAbsent(r.forceCode, k -> new ArrayList<>()).add(r);
            }
        }
        return groups;
    }

    private PlannedReturn fill(String forceCode, List<ReadRow> rows) {
        var ref = refOf(forceCode);
        var banded = rows.stream().filter(r -> r.band != null).toList();
        var sources = rows.stream().map(r -> r.row).toList();
        Granularity granularity;
        String why;
        if (existing != null) {
            granularity = existing.granularity();
            why = "the chosen return is " + granularity;
            if (granularity == Granularity.RECORDS) {
                banded.forEach(r -> r.problem(problems, String.join(", ", mapping.columnsOf(Field.AGE_BAND)),
                        "band-in-records", "the age is given only as the band " + r.band.label() + ", but return '"
                                + ref + "' holds reports, whose age is exact or not known: map the band to not known,"
                                + " or import into a new (AGGREGATE) return"));
            }
        } else {
            granularity = banded.isEmpty() ? Granularity.RECORDS : Granularity.AGGREGATE;
            why = banded.isEmpty() ? "every age it gives is exact or not known: one report per row"
                    : banded.size() + " of its " + rows.size() + " rows give the age only as a band (e.g. "
                    + banded.get(0).band.label() + "): its rows are counted into published cells";
            var d = mapping.defaults();
            returnsFile.add(List.of(ref, forceCode, d.periodStart().toString(), d.periodEnd().toString(),
                    granularity.name(), d.source().strip(), d.receivedOn() == null ? "" : d.receivedOn().toString()), sources);
        }
        if (granularity == Granularity.RECORDS) {
            for (var r : rows) {
                reportsFile.add(List.of(ref, r.reportedOn == null ? "" : r.reportedOn.toString(),
                        r.age == null ? "" : r.age.toString(), r.gender.name(),
                        r.platforms.stream().map(Platform::name).collect(Collectors.joining(";")), r.outcome.name(),
                        r.homeOfficeOutcome == null ? "" : Integer.toString(r.homeOfficeOutcome.type())), List.of(r.row));
            }
        } else {
            cells.count(ref, rows);
        }
        return new PlannedReturn(ref, forceCode, granularity, rows.size(), existing == null, why);
    }
}
