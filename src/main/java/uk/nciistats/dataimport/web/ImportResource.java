package uk.nciistats.dataimport.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.nciistats.dataimport.interchange.CsvSource;
import uk.nciistats.dataimport.interchange.ImportProblem;
import uk.nciistats.dataimport.interchange.ImportProgress;
import uk.nciistats.dataimport.interchange.ImportRequest;
import uk.nciistats.dataimport.interchange.ImportService;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * {@code POST /api/import?dryRun=false&replace=false}: the three interchange files as the
 * multipart/form-data parts {@code returns}, {@code reports} and {@code counts}. Answers the import's
 * report as JSON: 200 when it stored everything (or, in a dry run, would), 422 with every problem when
 * it stored nothing, 400 when the request is not such an upload, 413 when the body is larger than
 * {@code ncii.import.maxBytes}, 403 unless the caller is an EDITOR or ADMIN.
 */
@Path("import")
@RequestScoped
public class ImportResource {
    static final List<String> PARTS = List.of("returns", "reports", "counts");
    private static final Logger LOG = Logger.getLogger(ImportResource.class.getName());
    private static final int UNPROCESSABLE = 422;
    private static final int LOGGED_FROM_ROWS = 100_000;

    private final ImportService imports;
    private final long maxBytes;

    /**
     * {@code ncii.import.maxBytes} (MicroProfile Config): the largest body accepted. The default,
     * 1 GiB, is about 18 times a million reports (a reports.csv of ~58 MB, docs/benchmarks.md "Import benchmark").
     */
    @Inject
    public ImportResource(ImportService imports,
                          @ConfigProperty(name = "ncii.import.maxBytes", defaultValue = "1073741824") long maxBytes) {
        this.imports = imports;
        this.maxBytes = maxBytes;
    }

    protected ImportResource() {
        this(null, 0);
    }

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    public Response upload(@QueryParam("dryRun") String dryRun, @QueryParam("replace") String replace,
                           @HeaderParam("Content-Type") String contentType,
                           @HeaderParam("Content-Length") String contentLength, InputStream body) {
        var caller = imports.requireImporter();
        var refusals = new ArrayList<ImportProblem>();
        boolean isDryRun = flag("dryRun", dryRun, refusals);
        boolean isReplace = flag("replace", replace, refusals);
        String boundary = MultipartUpload.boundaryOf(contentType);
        if (boundary == null) {
            refusals.add(new ImportProblem("", 0, "", "not-multipart", "send the files as multipart/form-data with the"
                    + " parts returns, reports and counts (curl -F returns=@returns.csv -F reports=@reports.csv"
                    + " -F counts=@counts.csv)"));
        }
        if (!refusals.isEmpty()) {
            return answer(Response.Status.BAD_REQUEST.getStatusCode(), ImportReportJson.refused(isDryRun, refusals));
        }
        if (declaredLength(contentLength) > maxBytes) {
            return tooLarge(isDryRun);
        }
        try (var upload = MultipartUpload.read(body, boundary, maxBytes)) {
            var parts = partsOf(upload, refusals);
            if (!refusals.isEmpty()) {
                return answer(UNPROCESSABLE, ImportReportJson.refused(isDryRun, refusals));
            }
            var request = new ImportRequest(source(parts.get("returns")), source(parts.get("reports")),
                    source(parts.get("counts")), isDryRun, isReplace);
            var report = imports.importFiles(request, logged(caller.name()));
            return answer(report.problems().isEmpty() ? 200 : UNPROCESSABLE, ImportReportJson.of(report));
        } catch (MultipartUpload.TooLarge e) {
            return tooLarge(isDryRun);
        } catch (MultipartUpload.Malformed e) {
            return answer(Response.Status.BAD_REQUEST.getStatusCode(), ImportReportJson.refused(isDryRun, List.of(
                    new ImportProblem("", 0, "", "not-multipart", "the body is not multipart/form-data: " + e.getMessage()))));
        } catch (IOException e) {
            throw new IllegalStateException("the upload could not be read", e);
        }
    }

    /** The parts by name; every part missing, unknown or given twice is a problem. */
    private static Map<String, MultipartUpload.Part> partsOf(MultipartUpload upload, List<ImportProblem> problems) {
        var parts = new HashMap<String, MultipartUpload.Part>();
        for (var part : upload.parts()) {
            String file = part.name() + ".csv";
            if (!PARTS.contains(part.name())) {
                problems.add(new ImportProblem(file, 0, "", "unknown-part", "the upload has a part '" + part.name()
                        + "': an import has exactly the parts returns, reports and counts"));
            } else if (parts.putIfAbsent(part.name(), part) != null) {
                problems.add(new ImportProblem(file, 0, "", "duplicate-part", "the upload has the part '" + part.name()
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

    private static CsvSource source(MultipartUpload.Part part) {
        return () -> Files.newInputStream(part.file());
    }

    private static boolean flag(String name, String value, List<ImportProblem> problems) {
        if (value == null || value.equalsIgnoreCase("false")) {
            return false;
        }
        if (value.equalsIgnoreCase("true")) {
            return true;
        }
        problems.add(new ImportProblem("", 0, "", "bad-parameter", name + " is true or false, not '" + value + "'"));
        return false;
    }

    private static long declaredLength(String contentLength) {
        try {
            return contentLength == null ? -1 : Long.parseLong(contentLength.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /**
     * Refuses a body over the limit as soon as the limit is passed, asking the client to close the
     * connection (curl then stops sending; clients that send on regardless are read to the end).
     */
    private Response tooLarge(boolean dryRun) {
        return Response.fromResponse(answer(Response.Status.REQUEST_ENTITY_TOO_LARGE.getStatusCode(),
                ImportReportJson.refused(dryRun, List.of(new ImportProblem("", 0, "", "too-large",
                        "the upload is larger than the limit of " + maxBytes + " bytes (" + (maxBytes >> 20)
                                + " MiB; setting ncii.import.maxBytes): split it into several imports")))))
                .header("Connection", "close").build();
    }

    private static Response answer(int status, Object json) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).entity(json).build();
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
