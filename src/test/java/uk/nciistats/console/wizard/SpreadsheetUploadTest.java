package uk.nciistats.console.wizard;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class SpreadsheetUploadTest {
    private static final long LIMIT = SpreadsheetUpload.MAX_BYTES;

    @TempDir
    Path directory;

    @Test
    void aFileOfExactlyTheLimitIsReadWhole() throws IOException {
        var upload = new Generated(LIMIT);

        var bytes = SpreadsheetUpload.readAtMost(upload, LIMIT, directory);

        assertThat(bytes).get().extracting(b -> b.length).isEqualTo((int) LIMIT);
        assertThat(filesLeft()).isEmpty();
    }

    @Test
    void aSixtyMegabyteUploadIsRefusedHavingReadOneBytePastTheLimitAndLeavesNoFileBehind() throws IOException {
        var upload = new Generated(60L * 1024 * 1024);

        var bytes = SpreadsheetUpload.readAtMost(upload, LIMIT, directory);

        assertThat(bytes).isEmpty();
        assertThat(upload.read).isEqualTo(LIMIT + 1);
        assertThat(filesLeft()).isEmpty();
    }

    @Test
    void theSentenceForATooLargeFileNamesTheLimit() {
        assertThat(SpreadsheetUpload.TOO_LARGE).startsWith("The file is larger than 20 MB").endsWith(".");
    }

    private List<Path> filesLeft() throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.toList();
        }
    }

    /** An upload of {@code size} bytes made up as it is read, counting what was read. */
    private static final class Generated extends InputStream {
        private final long size;
        private long read;

        Generated(long size) {
            this.size = size;
        }

        @Override
        public int read() {
            return read < size ? (int) (read++ % 251) : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (read >= size) {
                return -1;
            }
            int n = (int) Math.min(len, size - read);
            read += n;
            return n;
        }
    }
}
