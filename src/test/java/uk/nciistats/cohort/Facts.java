package uk.nciistats.cohort;

import uk.nciistats.reference.Country;
import uk.nciistats.returns.CountCell;
import uk.nciistats.returns.CountDimension;
import uk.nciistats.returns.ReturnStatus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds return facts for engine tests, numbering them 1, 2, 3… from each new instance: a test's
 * facts never depend on what another test built before it.
 */
final class Facts {
    private long nextId = 1;

    ReturnFacts aggregate(String force, String name, String region, String start, String end, String... cells) {
        var list = new ArrayList<CountCell>();
        for (var c : cells) {
            var parts = c.split(":");
            var dimension = CountDimension.valueOf(parts[0]);
            list.add(new CountCell(dimension, dimension == CountDimension.TOTAL ? "" : parts[1],
                    Integer.parseInt(parts[parts.length - 1])));
        }
        return new ReturnFacts(nextId++, 1, name + "-" + start, force, name, region, Country.ENGLAND, "CJCA2015-S33",
                ReturnStatus.PUBLISHED, LocalDate.parse(start), LocalDate.parse(end), null, PublishedMargins.of(list));
    }

    ReturnFacts records(String force, String name, String region, String start, String end, ReportColumns cols) {
        return new ReturnFacts(nextId++, 1, name + "-" + start, force, name, region, Country.ENGLAND, "CJCA2015-S33",
                ReturnStatus.PUBLISHED, LocalDate.parse(start), LocalDate.parse(end), cols, null);
    }

    /** §12's Kent and Metropolitan Police, ids 1 and 2 whenever asked. */
    static List<ReturnFacts> kentAndMet() {
        var facts = new Facts();
        return List.of(
                facts.aggregate("E23000032", "Kent", "South East", "2015-04-13", "2015-12-31",
                        "TOTAL:42", "AGE:0-17:9", "AGE:18+:33"),
                facts.aggregate("E23000001", "Metropolitan Police", "London", "2015-04-13", "2015-12-31",
                        "TOTAL:453", "AGE:10-19:107", "AGE:20-29:150", "AGE:30+:190", "AGE:UNKNOWN:6"));
    }
}
