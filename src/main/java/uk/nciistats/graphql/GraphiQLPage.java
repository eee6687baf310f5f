package uk.nciistats.graphql;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Map;

/**
 * GraphiQL at /graphql-ui, with its scripts served from the application's own jars (WebJars), so
 * it works on networks without Internet access.
 */
@WebServlet(urlPatterns = {"/graphql-ui", "/graphql-ui/*"})
public class GraphiQLPage extends HttpServlet {
    private static final String WEBJARS = "/META-INF/resources/webjars/";
    private static final Map<String, String> ASSETS = Map.of(
            "graphiql.min.css", WEBJARS + "graphiql/2.4.7/graphiql.min.css",
            "graphiql.min.js", WEBJARS + "graphiql/2.4.7/graphiql.min.js",
            "react.production.min.js", WEBJARS + "react/18.3.1/umd/react.production.min.js",
            "react-dom.production.min.js", WEBJARS + "react-dom/18.3.1/umd/react-dom.production.min.js");

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var path = request.getPathInfo();
        if (path == null) {
            response.sendRedirect(request.getContextPath() + "/graphql-ui/");
            return;
        }
        if (path.equals("/")) {
            send(response, "/graphiql/index.html", "text/html;charset=UTF-8", false);
            return;
        }
        var asset = path.startsWith("/assets/") ? ASSETS.get(path.substring(8)) : null;
        if (asset == null) {
            response.sendError(404);
            return;
        }
        send(response, asset, asset.endsWith(".css") ? "text/css" : "text/javascript", true);
    }

    private static void send(HttpServletResponse response, String resource, String type, boolean cache)
            throws IOException {
        try (var in = GraphiQLPage.class.getResourceAsStream(resource)) {
            if (in == null) {
                response.sendError(404);
                return;
            }
            response.setContentType(type);
            if (cache) {
                response.setHeader("Cache-Control", "public, max-age=86400");
            }
            in.transferTo(response.getOutputStream());
        }
    }
}
