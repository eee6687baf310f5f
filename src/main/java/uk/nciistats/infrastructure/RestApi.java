package uk.nciistats.infrastructure;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The programs' plain HTTP endpoints (import, exports): everything under {@code /api}. */
@ApplicationPath("/api")
public class RestApi extends Application {
}
