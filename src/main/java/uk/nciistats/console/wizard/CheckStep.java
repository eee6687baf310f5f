package uk.nciistats.console.wizard;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.shared.Registration;
import uk.nciistats.dataimport.spreadsheet.ImportCheck;
import uk.nciistats.dataimport.spreadsheet.PlannedReturn;
import uk.nciistats.console.datareturns.CategoryNames;
import uk.nciistats.dataimport.spreadsheet.PreviewRow;
import uk.nciistats.dataimport.spreadsheet.Translation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.function.Function;

/**
 * Step 4: "Check the file" shows the returns it fills, the values no mapping covers (with
 * suggestions), warnings where the reading may be wrong, every problem, and every row as it will
 * be imported. Offers to replace stored returns when the check finds the file's references stored.
 * It takes a translation and the import's dry run; it fires check and the meanings chosen.
 */
class CheckStep extends WizardStep {
    private static final int PROBLEMS_SHOWN = 200;

    private final Paragraph status = new Paragraph();
    private final Checkbox replace = new Checkbox("Replace the stored returns with the same reference (their history"
            + " stays in the audit log)");
    private final Grid<PlannedReturn> planned = new Grid<>();
    private final UnmappedValuesEditor unmappedEditor;
    private final Div warnings = new Div();
    private final UnorderedList warningList = new UnorderedList();
    private final UnorderedList problems = new UnorderedList();
    private final Grid<PreviewRow> preview = new Grid<>();

    CheckStep(MeaningChoices choices, Function<String, String> forceName) {
        super("4. Check every row");
        var check = new Button("Check the file", e -> fireEvent(new CheckEvent(this)));
        check.setId("check");
        check.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        status.setId("check-status");
        replace.setId("replace");
        replace.setVisible(false);
        replace.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                fireEvent(new CheckEvent(this));
            }
        });
        unmappedEditor = new UnmappedValuesEditor(choices);
        unmappedEditor.setVisible(false);
        warnings.setId("warnings");
        warnings.add(new H4("Check these before importing"), warningList);
        warnings.getStyle().set("background", "var(--lumo-warning-color-10pct, #fff3cd)")
                .set("border-left", "4px solid var(--lumo-warning-color, #c98b00)").set("padding", "0 1rem")
                .set("width", "100%").set("box-sizing", "border-box");
        problems.setId("problems");
        plannedGrid(forceName);
        previewGrid();
        add(check, status, replace, planned, unmappedEditor, warnings, problems, preview);
        clear();
    }

    private void plannedGrid(Function<String, String> forceName) {
        planned.setId("planned-returns");
        planned.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        planned.setAllRowsVisible(true);
        planned.addColumn(PlannedReturn::ref).setHeader("Return").setAutoWidth(true);
        planned.addColumn(p -> forceName.apply(p.forceCode())).setHeader("Force").setAutoWidth(true);
        planned.addColumn(PlannedReturn::granularity).setHeader("Granularity").setAutoWidth(true);
        planned.addColumn(PlannedReturn::rows).setHeader("Rows").setAutoWidth(true);
        planned.addColumn(p -> (p.isNew() ? "new: " : "") + p.why()).setHeader("Why").setFlexGrow(1);
    }

    private void previewGrid() {
        preview.setId("preview");
        preview.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        preview.setHeight("28rem");
        // widths that fit 1280 px beside the menu, long texts wrapped rather than cut or scrolled sideways
        preview.addColumn(PreviewRow::row).setHeader("Row").setWidth("3.5rem").setFlexGrow(0);
        preview.addColumn(PreviewRow::returnRef).setHeader("Return").setWidth("7rem").setFlexGrow(1);
        preview.addColumn(PreviewRow::force).setHeader("Force").setWidth("5rem").setFlexGrow(0);
        preview.addColumn(breakable(PreviewRow::reportedOn)).setHeader("Reported on").setWidth("8.5rem").setFlexGrow(0);
        preview.addColumn(PreviewRow::age).setHeader("Age").setWidth("3.5rem").setFlexGrow(0);
        preview.addColumn(r -> CategoryNames.of(r.gender())).setHeader("Gender").setWidth("6.5rem").setFlexGrow(0);
        preview.addColumn(r -> platformsInWords(r.platforms())).setHeader("Platforms").setWidth("8rem").setFlexGrow(0);
        preview.addColumn(breakable(r -> outcomeInWords(r.outcome()))).setHeader("Outcome").setWidth("11.5rem").setFlexGrow(0);
        preview.addColumn(r -> String.join("; ", r.problems())).setHeader("Problems").setWidth("8rem").setFlexGrow(2);
    }

    /** A cell whose long words (NO_FURTHER_ACTION, "2016-01-05 (05/01/2016)") break onto the next line, never cut. */
    /** "FACEBOOK;TWITTER" as "Facebook, Twitter / X". */
    static String platformsInWords(String platforms) {
        return platforms.isEmpty() ? "" : java.util.Arrays.stream(platforms.split(";")).map(CategoryNames::of)
                .collect(java.util.stream.Collectors.joining(", "));
    }

    /** "NO_FURTHER_ACTION (Home Office 16)" as "No further action (Home Office 16)". */
    static String outcomeInWords(String outcome) {
        int space = outcome.indexOf(' ');
        return space < 0 ? CategoryNames.of(outcome) : CategoryNames.of(outcome.substring(0, space)) + outcome.substring(space);
    }

    private static LitRenderer<PreviewRow> breakable(com.vaadin.flow.function.ValueProvider<PreviewRow, String> text) {
        return LitRenderer.<PreviewRow>of("<span style='overflow-wrap: anywhere'>${item.text}</span>")
                .withProperty("text", text);
    }

    boolean replace() {
        return replace.getValue();
    }

    /** Shows a check: the translation and, when it was ready, the import's dry run. */
    void show(Translation t, ImportCheck dryRun) {
        planned.setItems(t.returns());
        planned.setVisible(!t.returns().isEmpty());
        unmappedEditor.show(t.unmapped());
        warningList.removeAll();
        t.warnings().forEach(w -> warningList.add(new ListItem(capitalised(w.message()))));
        warnings.setVisible(!t.warnings().isEmpty());
        problems.removeAll();
        t.problems().stream().limit(PROBLEMS_SHOWN).forEach(p -> problems.add(new ListItem(
                (p.row() == 0 ? "The file" : "Row " + p.row()) + (p.column().isEmpty() ? "" : ", " + p.column())
                        + ": " + p.message() + " [" + p.rule() + "]")));
        var rows = t.rows();
        boolean stored = false;
        if (dryRun != null) {
            var byRow = new HashMap<Integer, List<String>>();
            for (var p : dryRun.problems()) {
                problems.add(new ListItem("The import: " + p.describe()));
                p.rows().forEach(r -> byRow.computeIfAbsent(r, k -> new ArrayList<>()).add(p.problem().message()));
                stored |= p.problem().rule().equals("ref-exists");
            }
            rows = rows.stream().map(r -> withProblems(r, byRow.getOrDefault(r.row(), List.of()))).toList();
        }
        replace.setVisible(stored || replace.getValue());
        problems.setVisible(problems.getChildren().findAny().isPresent());
        preview.setItems(rows);
        preview.setVisible(true);
        status.setText(summary(t, dryRun));
    }

    /** Adds the real import's problems to the list (it found some the dry run did not). */
    void importProblems(ImportCheck answer) {
        answer.problems().stream().limit(PROBLEMS_SHOWN)
                .forEach(p -> problems.add(new ListItem("The import: " + p.describe())));
        problems.setVisible(true);
    }

    void clear() {
        status.setText("");
        problems.removeAll();
        problems.setVisible(false);
        planned.setVisible(false);
        unmappedEditor.setVisible(false);
        warnings.setVisible(false);
        preview.setVisible(false);
    }

    Registration addCheckListener(ComponentEventListener<CheckEvent> listener) {
        return addListener(CheckEvent.class, listener);
    }

    Registration addApplyListener(ComponentEventListener<UnmappedValuesEditor.ApplyEvent> listener) {
        return unmappedEditor.addApplyListener(listener);
    }

    private static PreviewRow withProblems(PreviewRow r, List<String> more) {
        var row = r;
        for (var m : more) {
            row = row.withProblem(m);
        }
        return row;
    }

    private static String summary(Translation t, ImportCheck dryRun) {
        var summary = new StringBuilder(count(t.rows().size(), "row") + " read into " + count(t.returns().size(), "return"));
        if (t.emptyRowsSkipped() > 0) {
            summary.append(" (").append(t.emptyRowsSkipped()).append(" empty rows skipped)");
        }
        summary.append(". ");
        if (t.ready() && dryRun != null && dryRun.passed()) {
            var report = dryRun.report();
            summary.append("Ready to import: ").append(count(report.returns(), "return")).append(", ")
                    .append(count(report.reports(), "report")).append(", ").append(count(report.counts(), "published cell"))
                    .append(".");
            if (!t.warnings().isEmpty()) {
                summary.append(" ").append(count(t.warnings().size(), "warning")).append(" below: read ")
                        .append(t.warnings().size() == 1 ? "it" : "them").append(" first.");
            }
        } else {
            summary.append("Not ready: ").append(count(t.unmapped().size(), "value")).append(" no mapping covers, ")
                    .append(count(t.problems().size() + (dryRun == null ? 0 : dryRun.problems().size()), "problem"))
                    .append(". Nothing can be imported until they are solved.");
        }
        return summary.toString();
    }

    static String count(long n, String thing) {
        return n + " " + thing + (n == 1 ? "" : "s");
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** The user asked for the file to be checked (again). */
    static final class CheckEvent extends ComponentEvent<CheckStep> {
        CheckEvent(CheckStep source) {
            super(source, false);
        }
    }
}
