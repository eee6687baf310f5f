package uk.nciistats.console.datareturns.reports;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import uk.nciistats.console.datareturns.conflicts.ConflictDialog;
import uk.nciistats.console.datareturns.conflicts.FieldConflict;
import uk.nciistats.console.layout.Notices;
import uk.nciistats.errors.ConflictException;
import uk.nciistats.errors.DomainException;
import uk.nciistats.errors.ValidationException;
import uk.nciistats.returns.ReportCondition;
import uk.nciistats.returns.ReportDetails;
import uk.nciistats.returns.ReportOrder;
import uk.nciistats.returns.ReportSearch;
import uk.nciistats.returns.ReturnService;
import uk.nciistats.returns.ReturnStatus;
import uk.nciistats.returns.StoredReport;
import uk.nciistats.returns.StoredReturn;

import java.util.List;
import java.util.function.Consumer;

/**
 * The presenter of a RECORDS return's reports: the {@link ReportsGrid} over {@link ReportSearch},
 * the {@link ReportForm} for typing them in, and their changes through {@link ReturnService}. A
 * report someone else changed first is resolved field by field in a {@link ConflictDialog}.
 */
public class ReportsSection extends Composite<VerticalLayout> {
    private final ReturnService returns;
    private final ReportSearch search;
    private final Consumer<StoredReturn> changed;
    private final ReportForm form = new ReportForm();
    private ReportsGrid grid;
    private StoredReturn shown;
    /** The report being changed as it was when the user opened it: what a conflict compares. */
    private ReportDetails opened;

    public ReportsSection(ReturnService returns, ReportSearch search, Consumer<StoredReturn> changed) {
        this.returns = returns;
        this.search = search;
        this.changed = changed;
        form.addSaveListener(e -> save(e.reportId(), e.details()));
        form.addCancelListener(e -> startNew());
        getContent().setPadding(false);
    }

    public void show(StoredReturn r) {
        boolean sameReturn = shown != null && shown.id() == r.id();
        shown = r;
        boolean changeable = r.status() != ReturnStatus.PUBLISHED;
        if (!sameReturn) {
            grid = new ReportsGrid(r.id(), pages());
            grid.addChangeListener(e -> change(e.report()));
            grid.addDeleteListener(e -> confirmDelete(e.reports()));
            getContent().removeAll();
            getContent().add(form, grid);
            form.startNew(r.periodStart(), r.periodEnd());
        }
        form.setVisible(changeable);
        grid.setChangeable(changeable);
    }

    private ReportsGrid.Pages pages() {
        return new ReportsGrid.Pages() {
            @Override
            public List<StoredReport> page(ReportCondition where, List<ReportOrder> order, int offset, int limit) {
                return search.find(where, order, offset, Math.min(limit, ReportSearch.MAX_PAGE)).reports();
            }

            @Override
            public int count(ReportCondition where) {
                return (int) Math.min(Integer.MAX_VALUE, search.find(where, List.of(), 0, 1).total());
            }
        };
    }

    private void startNew() {
        opened = null;
        form.startNew(shown.periodStart(), shown.periodEnd());
    }

    private void change(StoredReport r) {
        opened = r.details();
        form.edit(r.id(), r.details());
    }

    private void save(Long reportId, ReportDetails details) {
        try {
            if (reportId == null) {
                returns.addReports(shown.id(), List.of(details));
                Notices.done("Report saved; type the next one.");
            } else {
                returns.changeReport(shown.id(), shown.version(), reportId, details);
                Notices.done("Report " + reportId + " changed.");
            }
            startNew();
            afterChange();
        } catch (ValidationException e) {
            if (!form.showProblem(e.field(), e.getMessage())) {
                Notices.refused(e.getMessage());
            }
        } catch (ConflictException e) {
            resolve(reportId, details);
        } catch (DomainException e) {
            Notices.refused(e.getMessage());
        }
    }

    /** Someone changed the return after the user opened it: compare the report field by field. */
    private void resolve(long reportId, ReportDetails mine) {
        var stored = returns.get(shown.id());
        var now = returns.report(shown.id(), reportId);
        if (now.isEmpty()) {
            Notices.refused("Report " + reportId + " was deleted by " + stored.lastChangedBy() + " meanwhile; nothing was changed.");
            startNew();
            afterChange();
            return;
        }
        var conflicts = FieldConflict.between(ReportFields.of(opened), ReportFields.of(now.get().details()),
                ReportFields.of(mine), ReportFields.LABELS);
        shown = stored;
        changed.accept(stored);
        if (conflicts.isEmpty()) { // the return changed elsewhere but not this report: nothing is lost
            save(reportId, mine);
            return;
        }
        var dialog = new ConflictDialog("report " + reportId, stored.lastChangedBy(), conflicts);
        dialog.addResolvedListener(e -> {
            opened = now.get().details();
            save(reportId, ReportFields.merge(now.get().details(), mine, FieldConflict.keptMine(e.choices())));
        });
        dialog.addReloadListener(e -> change(now.get()));
        dialog.open();
    }

    private void confirmDelete(List<StoredReport> reports) {
        var what = reports.size() == 1 ? "report " + reports.get(0).id() : reports.size() + " reports";
        var confirm = new Button("Delete " + what);
        confirm.setId("confirm-delete-reports");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        var dialog = new ConfirmDialog();
        dialog.setHeader("Delete " + what + "?");
        dialog.setText("The total of return " + shown.ref() + " goes down by " + reports.size()
                + ". The history keeps what " + (reports.size() == 1 ? "it" : "they") + " said.");
        dialog.setCancelable(true);
        dialog.setConfirmButton(confirm);
        confirm.addClickListener(e -> {
            dialog.close();
            delete(reports);
        });
        dialog.setId("confirm-delete-reports-dialog");
        dialog.open();
    }

    private void delete(List<StoredReport> reports) {
        try {
            returns.deleteReports(shown.id(), shown.version(), reports.stream().map(StoredReport::id).toList());
            Notices.done(reports.size() == 1 ? "Report " + reports.get(0).id() + " deleted." : reports.size() + " reports deleted.");
            afterChange();
        } catch (ConflictException e) {
            Notices.refused("Someone else changed return " + shown.ref() + " meanwhile: the reports are shown as they are now;"
                    + " choose again what to delete.");
            afterChange();
        } catch (DomainException e) {
            Notices.refused(e.getMessage());
        }
    }

    private void afterChange() {
        shown = returns.get(shown.id());
        grid.refresh();
        changed.accept(shown);
    }
}
