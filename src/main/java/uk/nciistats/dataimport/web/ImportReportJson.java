package uk.nciistats.dataimport.web;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import uk.nciistats.dataimport.interchange.ImportProblem;
import uk.nciistats.dataimport.interchange.ImportReport;

import java.util.List;

/** An import report as the HTTP answer gives it (docs/bulk-import.md shows the shape). */
final class ImportReportJson {
    private ImportReportJson() {
    }

    static JsonObject of(ImportReport report) {
        var refs = Json.createArrayBuilder();
        report.returnRefs().forEach(refs::add);
        var problems = Json.createArrayBuilder();
        for (var p : report.problems()) {
            problems.add(Json.createObjectBuilder().add("file", p.file()).add("line", p.line()).add("column", p.column())
                    .add("rule", p.rule()).add("message", p.message()));
        }
        return Json.createObjectBuilder()
                .add("dryRun", report.dryRun())
                .add("stored", report.stored())
                .add("returns", report.returns())
                .add("reports", report.reports())
                .add("counts", report.counts())
                .add("returnRefs", refs)
                .add("problemCount", report.problemCount())
                .add("problemsListed", report.problems().size())
                .add("problems", problems)
                .build();
    }

    /** The report of an upload refused before its files were read. */
    static JsonObject refused(boolean dryRun, List<ImportProblem> problems) {
        return of(new ImportReport(dryRun, false, 0, 0, 0, List.of(), problems, problems.size()));
    }
}
