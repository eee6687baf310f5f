package uk.nciistats.console;

import com.vaadin.cdi.CdiVaadinServlet;
import jakarta.servlet.annotation.MultipartConfig;
import jakarta.servlet.annotation.WebServlet;
import uk.nciistats.mapping.sheet.SheetReader;

/**
 * The console's servlet, as Vaadin CDI would deploy it by itself, plus a multipart configuration:
 * Vaadin's upload handlers read files through the Servlet API's parts, and Liberty refuses those
 * ("SRVE8020E: Servlet does not accept multipart requests") on a servlet declared without one.
 * Uploads are limited to what the import wizard reads.
 */
@WebServlet(urlPatterns = "/*", name = "console", asyncSupported = true)
@MultipartConfig(maxFileSize = SheetReader.MAX_BYTES + 1024, maxRequestSize = SheetReader.MAX_BYTES + 64 * 1024,
        fileSizeThreshold = 1024 * 1024)
public class ConsoleServlet extends CdiVaadinServlet {
}
