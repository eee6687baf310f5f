package uk.nciistats.console.dashboard;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JavaScript;
import elemental.json.Json;
import elemental.json.JsonObject;

/**
 * A horizontal bar chart of one breakdown ({@code <ncii-cohort-chart>}, drawn by Chart.js from its
 * WebJar): a certain count is a solid bar from 0, a range a light bar from its low to its high bound
 * (on top of the solid bar up to the low bound), and a withheld figure has no bar and says so in its
 * label. The chart is a picture for the eye; the table beside it carries the same figures for
 * keyboards and screen readers.
 */
@Tag("ncii-cohort-chart")
@JavaScript("context://webjars/chart.js/4.5.1/dist/chart.umd.min.js")
@JavaScript("context://dashboard/cohort-chart.js")
public class CohortChart extends Component implements HasSize {

    public CohortChart(String id) {
        setId(id);
        setWidthFull();
    }

    public void show(Figures figures) {
        var bars = Json.createArray();
        var rows = figures.table().rows();
        for (int i = 0; i < rows.size(); i++) {
            var row = rows.get(i);
            var bar = Json.createObject();
            bar.put("label", figures.labels().get(i));
            bar.put("withheld", row.suppressed());
            if (!row.suppressed()) {
                bar.put("low", row.low());
                bar.put("high", row.high());
            }
            bars.set(i, bar);
        }
        JsonObject shown = Json.createObject();
        shown.put("title", figures.breakdown().title());
        shown.put("bars", bars);
        getElement().setPropertyJson("figures", shown);
        getElement().setAttribute("aria-label", figures.breakdown().title()
                + ": a bar chart; the table beside it holds the same figures");
    }
}
