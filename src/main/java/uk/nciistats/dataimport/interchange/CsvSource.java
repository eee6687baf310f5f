package uk.nciistats.dataimport.interchange;

import java.io.IOException;
import java.io.InputStream;

/**
 * One interchange CSV file of an import; null in {@link ImportRequest} when that file is not given.
 * The import opens each source once, reads it to the end and closes it.
 */
@FunctionalInterface
public interface CsvSource {
    InputStream open() throws IOException;
}
