package uk.nciistats.console.wizard;

import com.vaadin.flow.dom.Element;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import uk.nciistats.console.ConsoleServlet;
import uk.nciistats.dataimport.spreadsheet.sheet.SheetReader;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * The wizard's upload, held to the wizard's limit on the server whatever the browser checked (its
 * check is only a courtesy: anyone signed in can post to the upload's address). A request that
 * declares more than the limit never gets here ({@link ConsoleServlet} refuses it unread, and so
 * would this). A multipart body is refused when the servlet's multipart limits stop it, which Vaadin
 * alone would take for "no parts" and then parse the body again without a limit. Any other body is
 * written to a temporary file as it comes, counted, and refused the moment it passes the limit, the
 * file then deleted. A refusal answers HTTP 413, closes the connection (so the rest is never read)
 * and tells the wizard a sentence; what is within the limit is handed to the wizard as bytes (the
 * wizard reads spreadsheets in memory, at most the limit).
 *
 * <p>The callbacks run on the request's thread, outside the UI's lock.
 */
final class SpreadsheetUpload implements UploadHandler {
    static final long MAX_BYTES = SheetReader.MAX_BYTES;
    static final String TOO_LARGE = "The file is larger than " + MAX_BYTES / 1024 / 1024 + " MB, the most the wizard"
            + " reads: delete the columns and sheets it does not need, or split it into files of fewer rows.";
    private static final String REFUSED = SpreadsheetUpload.class.getName() + ".refused";
    private static final int PAYLOAD_TOO_LARGE = 413;
    private static final Path TEMPORARY_FILES = Path.of(System.getProperty("java.io.tmpdir"));

    private final BiConsumer<String, byte[]> received;
    private final Consumer<String> refused;

    /** {@code received} takes a file's name and bytes; {@code refused} the sentence that says why it was not read. */
    SpreadsheetUpload(BiConsumer<String, byte[]> received, Consumer<String> refused) {
        this.received = received;
        this.refused = refused;
    }

    @Override
    public void handleRequest(VaadinRequest request, VaadinResponse response, VaadinSession session, Element owner)
            throws IOException {
        if (request.getContentLengthLong() > ConsoleServlet.MAX_REQUEST_BYTES || !multipartWithinLimits(request)) {
            refuse(request);
        } else {
            UploadHandler.super.handleRequest(request, response, session, owner);
        }
        if (request.getAttribute(REFUSED) != null) {
            response.setStatus(PAYLOAD_TOO_LARGE);
            response.setHeader("Connection", "close");
        }
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        var fileName = event.getFileName() == null || "unknown".equals(event.getFileName()) ? "the file" : event.getFileName();
        try (var in = event.getInputStream()) {
            readAtMost(in, MAX_BYTES, TEMPORARY_FILES).ifPresentOrElse(bytes -> received.accept(fileName, bytes),
                    () -> refuse(event.getRequest()));
        }
    }

    @Override
    public long getRequestSizeMax() {
        return ConsoleServlet.MAX_REQUEST_BYTES;
    }

    @Override
    public long getFileSizeMax() {
        return MAX_BYTES;
    }

    @Override
    public long getFileCountMax() {
        return 1;
    }

    /**
     * The stream's bytes when there are at most {@code limit}; empty, having read no more than one
     * byte past the limit, when there are more. They pass through a temporary file, deleted before
     * this answers, so a slow upload holds no memory while it comes.
     */
    static Optional<byte[]> readAtMost(InputStream in, long limit, Path directory) throws IOException {
        var file = Files.createTempFile(directory, "ncii-upload-", ".part");
        try {
            long count = 0;
            try (var out = Files.newOutputStream(file)) {
                var buffer = new byte[64 * 1024];
                int n;
                while ((n = in.read(buffer, 0, (int) Math.min(buffer.length, limit + 1 - count))) > 0) {
                    out.write(buffer, 0, n);
                    count += n;
                    if (count > limit) {
                        return Optional.empty();
                    }
                }
            }
            return Optional.of(Files.readAllBytes(file));
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /**
     * Whether a multipart body is within the servlet's multipart limits; the parts are then parsed
     * and kept by the request for Vaadin to read. Past the limits the servlet container stops reading
     * and throws {@link IllegalStateException} (Servlet 6.0, {@code getParts}), which Vaadin alone
     * would take for "no parts" and read the body again, without a limit.
     */
    private static boolean multipartWithinLimits(VaadinRequest request) throws IOException {
        if (!(request instanceof HttpServletRequest http) || request.getContentType() == null
                || !request.getContentType().toLowerCase(Locale.ROOT).startsWith("multipart/")) {
            return true;
        }
        try {
            http.getParts();
            return true;
        } catch (IllegalStateException tooLarge) {
            return false;
        } catch (ServletException notMultipart) {
            return true;
        }
    }

    private void refuse(VaadinRequest request) {
        request.setAttribute(REFUSED, Boolean.TRUE);
        refused.accept(TOO_LARGE);
    }
}
