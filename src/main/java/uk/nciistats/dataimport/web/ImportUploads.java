package uk.nciistats.dataimport.web;

import jakarta.inject.Inject;
import jakarta.servlet.MultipartConfigElement;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.nciistats.dataimport.interchange.ImportService;

/**
 * Deploys {@link ImportEndpoint} at {@code /api/import} with its multipart configuration. It is
 * registered here rather than by {@code @WebServlet} and {@code @MultipartConfig} because the limit
 * is a setting ({@code ncii.import.maxBytes}, MicroProfile Config) and an annotation holds only
 * constants. The container (Commons FileUpload inside Liberty) counts the body as it reads it,
 * declared length or not, and stops at the first byte past {@code maxRequestSize}: Liberty does so
 * only with {@code <webContainer useMaxRequestSizeForMultipart="true"/>} (server.xml), else it holds
 * each part to {@code maxFileSize} alone, so both are the limit. Each part over
 * {@link #IN_MEMORY_BYTES} goes to a file in the container's temporary folder for the application
 * (Liberty's workarea, on the server's own disk rather than a memory-backed {@code /tmp}).
 */
@WebListener
public class ImportUploads implements ServletContextListener {
    /** Parts up to this size stay in memory: a force's usual files never touch the disk. */
    static final int IN_MEMORY_BYTES = 1024 * 1024;

    private final ImportService imports;
    private final long maxBytes;

    /**
     * {@code ncii.import.maxBytes}: the largest body accepted. The default, 1 GiB, is about 18 times a
     * million reports (a reports.csv of ~58 MB, docs/benchmarks.md).
     */
    @Inject
    public ImportUploads(ImportService imports,
                         @ConfigProperty(name = "ncii.import.maxBytes", defaultValue = "1073741824") long maxBytes) {
        this.imports = imports;
        this.maxBytes = maxBytes;
    }

    public ImportUploads() {
        this(null, 0);
    }

    @Override
    public void contextInitialized(ServletContextEvent event) {
        var servlet = event.getServletContext().addServlet("import", new ImportEndpoint(imports, maxBytes));
        servlet.addMapping("/api/import");
        // maxFileSize too: Liberty holds maxRequestSize to a chunked body only with the webContainer
        // setting useMaxRequestSizeForMultipart (server.xml); a part alone is held to its limit anyway
        servlet.setMultipartConfig(new MultipartConfigElement("", maxBytes, maxBytes, IN_MEMORY_BYTES));
    }
}
