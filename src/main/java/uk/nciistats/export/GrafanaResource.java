package uk.nciistats.export;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

/**
 * Cohort rows as a flat JSON array, for Grafana's Infinity data source (and anything else that
 * charts JSON): the parameters and columns of {@code /api/export/cohort.csv}, one object per row.
 */
@Path("grafana")
@RequestScoped
public class GrafanaResource {
    private final CohortExport cohorts;

    @Inject
    public GrafanaResource(CohortExport cohorts) {
        this.cohorts = cohorts;
    }

    protected GrafanaResource() {
        this(null);
    }

    @GET
    @Path("cohort")
    @Produces(MediaType.APPLICATION_JSON)
    public String cohort(@Context UriInfo uri) {
        var table = cohorts.table(CohortParameters.query(uri.getRequestUri().getRawQuery()));
        var columns = table.columns();
        var rows = Json.createArrayBuilder();
        for (var row : table.rows()) {
            var object = Json.createObjectBuilder();
            for (var column : columns) {
                add(object, column.name(), column.value().apply(row));
            }
            rows.add(object);
        }
        return rows.build().toString();
    }

    private static void add(JsonObjectBuilder object, String name, Object value) {
        if (value == null) {
            object.addNull(name);
        } else if (value instanceof Long n) {
            object.add(name, n);
        } else if (value instanceof Integer n) {
            object.add(name, n);
        } else if (value instanceof Double d) {
            object.add(name, d);
        } else if (value instanceof Boolean b) {
            object.add(name, b);
        } else {
            object.add(name, value.toString());
        }
    }
}
