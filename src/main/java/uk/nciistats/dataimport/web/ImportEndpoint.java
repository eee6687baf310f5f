package uk.nciistats.dataimport.web;

import jakarta.json.JsonObject;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import uk.nciistats.dataimport.interchange.ImportProblem;
import uk.nciistats.dataimport.interchange.ImportProgress;
import uk.nciistats.dataimport.interchange.ImportRequest;
import uk.nciistats.dataimport.interchange.ImportService;
import uk.nciistats.errors.DomainException;
import uk.nciistats.infrastructure.ApiRefusals;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;

/**
 * {@code POST /api/import?dryRun=false&replace=false}: the three interchange files as the
 * multipart/form-data parts {@code returns}, {@code reports} and {@code counts}. Answers the import's
 * report as JSON: 200 when it stored everything (or, in a dry run, would), 422 with every problem when
 * it stored nothing, 400 when the request is not such an upload, 413 when the body is larger than
 * {@code ncii.import.maxBytes}, 403 unless the caller is an EDITOR or ADMIN.
 *
 * <p>The body is read by the servlet container ({@link ImportUploads} gives it the multipart
 * configuration): it stops reading as soon as the body passes the limit, and writes each part larger
 * than {@link ImportUploads#IN_MEMORY_BYTES} to a temporary file as it arrives; the parts are deleted
 * when the import is done.
 */
final class ImportEndpoint extends HttpServlet {
    static final List<String> PARTS = List.of("returns", "reports", "counts");
    private static final Logger LOG = Logger.getLogger(ImportEndpoint.class.getName());
    private static final int BAD_REQUEST = 400;
    private static final int TOO_LARGE = 413;
    private static final int UNPROCESSABLE = 422;
    private static final int LOGGED_FROM_ROWS = 100_000;

    private final transient ImportService imports;
    private final long maxBytes;

    ImportEndpoint(ImportService imports, long maxBytes) {
        this.imports = imports;
        this.maxBytes = maxBytes;
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            upload(request, response);
        } catch (DomainException refusal) {
            send(response, ApiRefusals.status(refusal.code()), ApiRefusals.body(refusal));
        }
    }

    private void upload(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var caller = imports.requireImporter();
        var refusals = new ArrayList<ImportProblem>();
        // from the query string itself: the container's parameters would read a multipart body first
        boolean dryRun = flag("dryRun", request.getQueryString(), refusals);
        boolean replace = flag("replace", request.getQueryString(), refusals);
        if (!isMultipartForm(request.getContentType())) {
            refusals.add(new ImportProblem("", 0, "", "not-multipart", "send the files as multipart/form-data with the"
                    + " parts returns, reports and counts (curl -F returns=@returns.csv -F reports=@reports.csv"
                    + " -F counts=@counts.csv)"));
        }
        if (!refusals.isEmpty()) {
            send(response, BAD_REQUEST, ImportReportJson.refused(dryRun, refusals));
            return;
        }
        if (request.getContentLengthLong() > maxBytes) {
            tooLarge(response, dryRun);
            return;
        }
        Collection<Part> received;
        try {
            received = request.getParts();
        } catch (IllegalStateException overTheLimit) {
            // Servlet 6.0: getParts throws IllegalStateException past the multipart configuration's limits
            tooLarge(response, dryRun);
            return;
        } catch (ServletException | IOException malformed) {
            send(response, BAD_REQUEST, ImportReportJson.refused(dryRun, List.of(new ImportProblem("", 0, "",
                    "not-multipart", "the body is not multipart/form-data: its parts cannot be read (a boundary line"
                    + " is missing or does not match the Content-Type's boundary)"))));
            return;
        }
        try {
            var parts = partsOf(received, refusals);
            if (!refusals.isEmpty()) {
                send(response, UNPROCESSABLE, ImportReportJson.refused(dryRun, refusals));
                return;
            }
            var files = new ImportRequest(parts.get("returns")::getInputStream, parts.get("reports")::getInputStream,
                    parts.get("counts")::getInputStream, dryRun, replace);
            var report = imports.importFiles(files, logged(caller.name()));
            send(response, report.problems().isEmpty() ? 200 : UNPROCESSABLE, ImportReportJson.of(report));
        } finally {
            for (var part : received) {
                try {
                    part.delete();
                } catch (IOException | RuntimeException e) {
                    // the next parts' files are still deleted; this one the container removes at the request's end, if it can
                    LOG.warning(() -> "Could not delete an upload's temporary file of part '" + part.getName() + "': "
                            + e.getClass().getSimpleName());
                }
            }
        }
    }

    /** The parts by name; every part missing, unknown or given twice is a problem. */
    private static Map<String, Part> partsOf(Collection<Part> received, List<ImportProblem> problems) {
        var parts = new HashMap<String, Part>();
        for (var part : received) {
            String name = part.getName() == null ? "" : part.getName();
            String file = name + ".csv";
            if (!PARTS.contains(name)) {
                problems.add(new ImportProblem(file, 0, "", "unknown-part", "the upload has a part '" + name
                        + "': an import has exactly the parts returns, reports and counts"));
            } else if (parts.putIfAbsent(name, part) != null) {
                problems.add(new ImportProblem(file, 0, "", "duplicate-part", "the upload has the part '" + name
                        + "' twice"));
            }
        }
        for (var name : PARTS) {
            if (!parts.containsKey(name)) {
                problems.add(new ImportProblem(name + ".csv", 0, "", "missing-part", "the upload lacks the part '" + name
                        + "' (" + name + ".csv): send all three files; one with only its header row adds nothing"));
            }
        }
        return parts;
    }

    private static boolean isMultipartForm(String contentType) {
        return contentType != null && contentType.trim().toLowerCase(Locale.ROOT).startsWith("multipart/form-data");
    }

    /** The query string's true or false for {@code name} (its first value); false when not given. */
    private static boolean flag(String name, String query, List<ImportProblem> problems) {
        String value = null;
        try {
            for (var pair : query == null ? new String[0] : query.split("&")) {
                int equals = pair.indexOf('=');
                String key = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
                if (key.equals(name)) {
                    value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
                    break;
                }
            }
        } catch (IllegalArgumentException malformed) {
            var problem = new ImportProblem("", 0, "", "bad-parameter", "the query string is not URL-encoded: a '%'"
                    + " must be followed by two hexadecimal digits (write dryRun=true or replace=true)");
            if (!problems.contains(problem)) {
                problems.add(problem);
            }
            return false;
        }
        if (value == null || value.equalsIgnoreCase("false")) {
            return false;
        }
        if (value.equalsIgnoreCase("true")) {
            return true;
        }
        problems.add(new ImportProblem("", 0, "", "bad-parameter", name + " is true or false, not '" + value + "'"));
        return false;
    }

    /**
     * Refuses a body over the limit as soon as the limit is passed, asking the client to close the
     * connection (curl then stops sending, and the container reads none of the rest).
     */
    private void tooLarge(HttpServletResponse response, boolean dryRun) throws IOException {
        response.setHeader("Connection", "close");
        send(response, TOO_LARGE, ImportReportJson.refused(dryRun, List.of(new ImportProblem("", 0, "", "too-large",
                "the upload is larger than the limit of " + maxBytes + " bytes (" + (maxBytes >> 20)
                        + " MiB; setting ncii.import.maxBytes): split it into several imports"))));
    }

    private static void send(HttpServletResponse response, int status, JsonObject json) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        response.getWriter().write(json.toString());
    }

    /** Progress in the server log, for imports large enough to take a while. */
    private static ImportProgress logged(String caller) {
        return (stage, file, rows) -> {
            if (rows >= LOGGED_FROM_ROWS) {
                LOG.info(() -> "Import by " + caller + ": " + stage + " " + file + ", " + rows + " rows read");
            }
        };
    }
}
