package uk.nciistats.console;

import com.vaadin.cdi.CdiVaadinServlet;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.MultipartConfig;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import uk.nciistats.dataimport.spreadsheet.sheet.SheetReader;

import java.io.IOException;

/**
 * The console's servlet, as Vaadin CDI would deploy it by itself, plus a multipart configuration:
 * Vaadin's upload handlers read files through the Servlet API's parts, and Liberty refuses those
 * ("SRVE8020E: Servlet does not accept multipart requests") on a servlet declared without one.
 * Uploads are limited to what the import wizard reads, and a request that declares a larger body
 * is refused before any of it is read (Liberty would otherwise read up to the multipart limit to
 * parse a form's parameters); the wizard's upload counts what comes without a declared length.
 */
@WebServlet(urlPatterns = "/*", name = "console", asyncSupported = true)
@MultipartConfig(maxFileSize = SheetReader.MAX_BYTES + 1024, maxRequestSize = ConsoleServlet.MAX_REQUEST_BYTES,
        fileSizeThreshold = 1024 * 1024)
public class ConsoleServlet extends CdiVaadinServlet {
    /** The largest body the console takes: the wizard's largest spreadsheet with a multipart form's headers. */
    public static final long MAX_REQUEST_BYTES = SheetReader.MAX_BYTES + 64 * 1024;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        if (request.getContentLengthLong() > MAX_REQUEST_BYTES) {
            refuseTooLarge(response);
            return;
        }
        super.service(request, response);
    }

    /**
     * Answers 413 and closes the connection, so that the server reads none of the body left unread
     * (Liberty would read it to keep the connection).
     */
    private static void refuseTooLarge(HttpServletResponse response) throws IOException {
        response.setStatus(413);
        response.setHeader("Connection", "close");
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write("The request is larger than " + MAX_REQUEST_BYTES / 1024 / 1024
                + " MB, the most the console takes.\n");
        response.flushBuffer();
    }
}
