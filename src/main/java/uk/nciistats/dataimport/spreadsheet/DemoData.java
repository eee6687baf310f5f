package uk.nciistats.dataimport.spreadsheet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.nciistats.dataimport.spreadsheet.sheet.SheetReader;
import uk.nciistats.dataimport.spreadsheet.sheet.UnreadableSheetException;
import uk.nciistats.infrastructure.Migrations;
import uk.nciistats.returns.ReturnCriteria;
import uk.nciistats.returns.ReturnService;
import uk.nciistats.returns.ReturnStatus;
import uk.nciistats.returns.StoredReturn;
import uk.nciistats.security.Caller;
import uk.nciistats.security.CallerContext;
import uk.nciistats.security.Role;

import java.util.HashSet;
import java.util.List;
import java.util.logging.Logger;

/**
 * {@code NCII_DEMO_DATA=true}: on a database without returns, loads the BBC Data Unit's 2015 file
 * through the built-in mapping at startup, exactly as an editor would through the import wizard,
 * and publishes its returns, so that every role, VIEWER included, sees figures at once.
 *
 * <p>The work is done by two system actors, named in the audit log: {@code system:demo-import}
 * imports (the returns are DRAFT, as every import's), {@code system:demo-publish} verifies and
 * publishes them. Two actors keep the four-eyes rule as it is for people: the figures are the
 * BBC's published ones, checked by the BBC acceptance test, not entered by hand. A database that
 * holds any return is left alone.
 */
@ApplicationScoped
public class DemoData {
    static final Caller IMPORTER = new Caller("system:demo-import", Role.ADMIN);
    static final Caller PUBLISHER = new Caller("system:demo-publish", Role.ADMIN);
    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    private final boolean wanted;
    private final Migrations migrations;
    private final SpreadsheetImport spreadsheets;
    private final ReturnService returns;
    private final CallerContext callers;

    @Inject
    public DemoData(@ConfigProperty(name = "NCII_DEMO_DATA", defaultValue = "false") boolean wanted,
                    Migrations migrations, SpreadsheetImport spreadsheets, ReturnService returns, CallerContext callers) {
        this.wanted = wanted;
        this.migrations = migrations;
        this.spreadsheets = spreadsheets;
        this.returns = returns;
        this.callers = callers;
    }

    protected DemoData() {
        this(false, null, null, null, null);
    }

    void onStart(@Observes Startup startup) {
        if (!wanted) {
            return;
        }
        migrations.apply();
        try {
            load();
        } catch (RuntimeException | UnreadableSheetException e) {
            LOG.severe("NCII_DEMO_DATA: the demonstration data could not be loaded: " + e.getMessage());
        }
    }

    /** Loads and publishes the demonstration data unless the database holds returns; answers the refs stored. */
    List<String> load() throws UnreadableSheetException {
        long stored = callers.actingAs(IMPORTER, () -> returns.count(ReturnCriteria.all()));
        if (stored > 0) {
            LOG.info("NCII_DEMO_DATA: the database holds " + stored + " returns already; no demonstration data loaded.");
            return List.of();
        }
        LOG.info("NCII_DEMO_DATA: loading the BBC Data Unit's 2015 data (credit: BBC Data Unit) through the built-in"
                + " mapping '" + BuiltInMappings.BBC_2015 + "'...");
        var sheet = SheetReader.read(BuiltInMappings.BBC_2015_FILE, BuiltInMappings.bbcDemoFile());
        var mapping = BuiltInMappings.named(BuiltInMappings.BBC_2015).orElseThrow();
        var translation = spreadsheets.translate(sheet, mapping, null);
        LOG.info("NCII_DEMO_DATA: read " + translation.rows().size() + " incidents of " + translation.returns().size()
                + " forces (" + translation.reportCount() + " reports, " + translation.countsFile().lines().size()
                + " published cells)");
        var check = callers.actingAs(IMPORTER, () -> spreadsheets.commit(translation,
                (stage, file, rows) -> LOG.fine(() -> "NCII_DEMO_DATA: " + stage + " " + file + ": " + rows + " rows")));
        if (!check.passed()) {
            check.problems().stream().limit(20).forEach(p -> LOG.severe("NCII_DEMO_DATA: " + p.describe()));
            throw new IllegalStateException("the import refused the demonstration data (" + check.report().problemCount()
                    + " problems); nothing was stored");
        }
        LOG.info("NCII_DEMO_DATA: imported " + check.report().returns() + " returns; publishing them...");
        var refs = new HashSet<>(check.report().returnRefs());
        callers.actingAs(PUBLISHER, () -> {
            returns.page(ReturnCriteria.all(), null, 1000).stream().filter(r -> refs.contains(r.ref()))
                    .forEach(this::publish);
            return null;
        });
        LOG.info("NCII_DEMO_DATA: " + refs.size() + " returns of the BBC Data Unit's 2015 data are PUBLISHED.");
        return List.copyOf(check.report().returnRefs());
    }

    private void publish(StoredReturn r) {
        var verified = returns.setStatus(r.id(), r.version(), ReturnStatus.VERIFIED);
        returns.setStatus(verified.id(), verified.version(), ReturnStatus.PUBLISHED);
    }
}
