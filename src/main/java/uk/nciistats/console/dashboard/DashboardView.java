package uk.nciistats.console.dashboard;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import uk.nciistats.console.layout.MainLayout;
import uk.nciistats.errors.DomainException;
import uk.nciistats.reference.ReferenceCatalog;
import uk.nciistats.security.CallerContext;
import uk.nciistats.security.Role;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The console's landing page for every role: the cohort statistics of the chosen filter as five
 * charts (by force, age band, outcome, platform and year), each with its table, notes and CSV, under
 * the coverage of the question. A VIEWER sees published returns only, perturbed and withheld as the
 * public API gives them; ANALYSTs and above see true bounds and may choose statuses.
 */
@Route(value = "", layout = MainLayout.class)
@PageTitle("Dashboard · NCII Stats")
@Menu(title = "Dashboard", order = 0, icon = "vaadin:chart")
@StyleSheet("context://dashboard/dashboard.css")
@PermitAll
@CdiComponent
public class DashboardView extends Div {
    private final DashboardFigures figures;
    private final CoverageBanner coverage = new CoverageBanner();
    private final Paragraph refusal = new Paragraph();
    private final List<FigurePanel> panels = new ArrayList<>();

    @Inject
    public DashboardView(DashboardFigures figures, ReferenceCatalog catalog, CallerContext callers) {
        this.figures = figures;
        addClassName("dashboard");
        boolean analyst = callers.current().may(Role.ANALYST);
        var filters = new DashboardFilters(catalog.forces(null, null), catalog.regions(), catalog.offences(), analyst);
        filters.addChangedListener(e -> show(e.filter()));
        refusal.setId("dashboard-refusal");
        refusal.addClassName("refusal");
        refusal.getElement().setAttribute("role", "alert");
        refusal.setVisible(false);
        var audience = new Paragraph(analyst
                ? "True counts over returns of every status, unless you choose statuses. Where the data proves only "
                        + "a range, the chart draws the range and the notes under it say why."
                : "Published returns only. " + figures.publicFiguresNote());
        audience.setId("dashboard-audience");
        audience.addClassName("audience");
        add(audience, filters, refusal, coverage);
        var charts = new Div();
        charts.addClassName("figure-panels");
        Arrays.stream(Breakdown.values()).map(FigurePanel::new).forEach(p -> {
            panels.add(p);
            charts.add(p);
        });
        add(charts);
        show(filters.filter());
    }

    private void show(DashboardFilter filter) {
        try {
            var answers = panels.stream().map(p -> figures.answer(filter, p.breakdown())).toList();
            for (int i = 0; i < panels.size(); i++) {
                panels.get(i).show(answers.get(i));
            }
            coverage.show(answers.get(0).coverage());
            refusal.setVisible(false);
        } catch (DomainException e) {
            refusal.setText("These figures cannot be shown: " + e.getMessage());
            refusal.setVisible(true);
        }
    }
}
