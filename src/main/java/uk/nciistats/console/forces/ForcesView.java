package uk.nciistats.console.forces;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadEvent;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import uk.nciistats.console.layout.MainLayout;
import uk.nciistats.export.ForcesCsv;
import uk.nciistats.reference.Country;
import uk.nciistats.reference.Force;
import uk.nciistats.reference.ReferenceCatalog;

import java.util.List;

/** The 43 territorial forces of England and Wales, narrowed by region or country; downloadable as CSV. */
@Route(value = "forces", layout = MainLayout.class)
@PageTitle("Forces · NCII Stats")
@Menu(title = "Forces", order = 1, icon = "vaadin:shield")
@PermitAll
@CdiComponent
public class ForcesView extends VerticalLayout {
    private final ReferenceCatalog catalog;
    private final ComboBox<String> region = new ComboBox<>("Region");
    private final ComboBox<Country> country = new ComboBox<>("Country");
    private final Grid<Force> grid = new Grid<>();
    /** The forces the grid shows, for downloads (which run outside the UI's lock). */
    private volatile List<Force> shown = List.of();

    @Inject
    public ForcesView(ReferenceCatalog catalog) {
        this.catalog = catalog;
        region.setId("filter-region");
        region.setItems(catalog.regions());
        region.setClearButtonVisible(true);
        country.setId("filter-country");
        country.setItems(Country.values());
        country.setClearButtonVisible(true);
        region.addValueChangeListener(e -> showForces());
        country.addValueChangeListener(e -> showForces());

        grid.setId("forces-grid");
        grid.addColumn(Force::code).setHeader("Code").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Force::name).setHeader("Name").setSortable(true).setAutoWidth(true);
        grid.addColumn(Force::shortName).setHeader("Short name").setSortable(true);
        grid.addColumn(Force::region).setHeader("Region").setSortable(true);
        grid.addColumn(Force::country).setHeader("Country").setSortable(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);

        setSizeFull();
        var bar = new HorizontalLayout(region, country, download());
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(bar, grid);
        showForces();
    }

    private void showForces() {
        shown = catalog.forces(country.getValue(), region.getValue());
        grid.setItems(shown);
    }

    private Anchor download() {
        var link = new Anchor((DownloadEvent event) -> {
            event.setFileName("ncii-forces.csv");
            event.setContentType("text/csv; charset=UTF-8");
            try (var out = event.getOutputStream()) {
                ForcesCsv.write(shown, out);
            }
        }, AttachmentType.DOWNLOAD, "");
        link.setId("download-forces");
        var button = new Button("Download CSV", VaadinIcon.DOWNLOAD.create());
        button.setTabIndex(-1);
        link.add(button);
        return link;
    }
}
