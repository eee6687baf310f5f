package uk.nciistats.dataimport.spreadsheet;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import uk.nciistats.dataimport.interchange.ImportProgress;
import uk.nciistats.security.Caller;
import uk.nciistats.security.CallerContext;

import java.util.concurrent.CompletableFuture;

/**
 * Runs a spreadsheet import off the console's request thread, so the console can show its
 * progress. The work runs on the server's managed executor (Jakarta Concurrency,
 * {@code concurrent-3.0}), which gives the thread the application's context: CDI, JNDI, JTA
 * transactions. A managed thread carries no web request, so the container's security context
 * cannot say who the user is: the caller is captured on the request thread and the work runs
 * {@linkplain CallerContext#actingAs as that caller}, so the import's own role check and its audit
 * entries see the real user.
 */
@ApplicationScoped
public class BackgroundImports {
    @Resource
    private ManagedExecutorService executor;
    private final SpreadsheetImport spreadsheets;
    private final CallerContext callers;

    @Inject
    public BackgroundImports(SpreadsheetImport spreadsheets, CallerContext callers) {
        this.spreadsheets = spreadsheets;
        this.callers = callers;
    }

    protected BackgroundImports() {
        this(null, null);
    }

    /** Starts importing {@code translation} for {@code caller}; the future completes with the import's answer. */
    public CompletableFuture<ImportCheck> start(Caller caller, Translation translation, ImportProgress progress) {
        return start(caller, translation, false, progress);
    }

    /** As {@link #start(Caller, Translation, ImportProgress)}, replacing stored returns of the same reference when {@code replace}. */
    public CompletableFuture<ImportCheck> start(Caller caller, Translation translation, boolean replace,
                                                ImportProgress progress) {
        return executor.supplyAsync(() -> callers.actingAs(caller,
                () -> spreadsheets.commit(translation, replace, progress)));
    }
}
