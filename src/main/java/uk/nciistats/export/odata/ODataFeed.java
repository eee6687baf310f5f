package uk.nciistats.export.odata;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.olingo.server.api.OData;

import java.util.List;

/**
 * The read-only OData v4 feed at {@code /odata/} (Apache Olingo) that Excel, Power BI and Tableau
 * open natively: the service document, {@code $metadata}, and the entity sets Forces, Returns and
 * CohortRows. Sign-in is HTTP Basic, as for every program (web.xml).
 */
@WebServlet(urlPatterns = "/odata/*")
public class ODataFeed extends HttpServlet {
    @Inject
    FeedRows rows;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) {
        var odata = OData.newInstance();
        var handler = odata.createHandler(odata.createServiceMetadata(new FeedModel(), List.of()));
        handler.register(new FeedProcessor(rows));
        handler.register(new FeedErrors());
        handler.process(request, response);
    }
}
