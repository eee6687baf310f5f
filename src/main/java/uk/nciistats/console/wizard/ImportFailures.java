package uk.nciistats.console.wizard;

import uk.nciistats.errors.DomainException;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What the wizard says when an import fails on its background thread: the domain's own sentence
 * when the import refused it, and for any other failure a sentence of what it means to the user,
 * never the failure's class or text (which can name classes, tables and SQL); that goes to the
 * server's log.
 */
final class ImportFailures {
    static final String UNEXPECTED = "the server failed while storing the returns and took back everything it had"
            + " written. Check the file again and retry; if it fails again, tell your administrator, whose server"
            + " log says why.";
    private static final Logger LOG = Logger.getLogger(ImportFailures.class.getName());

    private ImportFailures() {
    }

    /** Why nothing was imported, in a sentence for the user; {@code failure} as the future gave it. */
    static String sentence(Throwable failure) {
        for (var t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DomainException refusal) {
                return refusal.getMessage();
            }
        }
        LOG.log(Level.WARNING, "a spreadsheet import failed", failure);
        return UNEXPECTED;
    }
}
