package uk.nciistats.dataimport.interchange;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A file that cannot be opened as the format leaves no stream open behind it, however it fails. */
class InterchangeFileTest {
    private static final List<String> COLUMNS = List.of("return_ref", "dimension", "category", "count");

    /** A stream that remembers whether it was closed, and may fail on its first read. */
    private static final class Watched extends InputStream {
        private final InputStream in;
        private final boolean fails;
        boolean closed;

        Watched(byte[] bytes, boolean fails) {
            this.in = new ByteArrayInputStream(bytes);
            this.fails = fails;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (fails) {
                throw new IOException("the disk failed");
            }
            return in.read(b, off, len);
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    private static Watched watched(String text) {
        return new Watched(text.getBytes(StandardCharsets.UTF_8), false);
    }

    @Test
    void aFileWhoseFirstBytesAreNotUtf8IsReportedAndItsStreamClosed() throws IOException {
        var stream = new Watched(new byte[] {(byte) 0xFF, (byte) 0xFE, 'r', 0, 'e', 0}, false);
        var problems = new Problems(10);

        var file = InterchangeFile.open("counts.csv", () -> stream, COLUMNS, problems);

        assertThat(file).isNull();
        assertThat(problems.listed()).extracting(ImportProblem::rule).containsExactly("not-text");
        assertThat(stream.closed).isTrue();
    }

    @Test
    void aFileThatCannotBeReadThrowsAndItsStreamIsClosed() {
        var stream = new Watched(new byte[0], true);

        assertThatThrownBy(() -> InterchangeFile.open("counts.csv", () -> stream, COLUMNS, new Problems(10)))
                .isInstanceOf(IOException.class).hasMessage("the disk failed");
        assertThat(stream.closed).isTrue();
    }

    @Test
    void anEmptyFileOrAWrongHeaderIsReportedAndItsStreamClosed() throws IOException {
        var empty = watched("");
        var wrong = watched("return_ref,dimension,category\r\nA,AGE_BAND,TOTAL\r\n");
        var problems = new Problems(10);

        assertThat(InterchangeFile.open("counts.csv", () -> empty, COLUMNS, problems)).isNull();
        assertThat(InterchangeFile.open("counts.csv", () -> wrong, COLUMNS, problems)).isNull();

        assertThat(problems.listed()).extracting(ImportProblem::rule).containsExactly("empty-file", "wrong-header");
        assertThat(empty.closed).isTrue();
        assertThat(wrong.closed).isTrue();
    }

    @Test
    void aGoodFileIsHandedOnOpenAndClosedWithIt() throws IOException {
        var stream = watched("count,category,dimension,return_ref\r\n3,TOTAL,AGE_BAND,A\r\n");
        var problems = new Problems(10);

        try (var file = InterchangeFile.open("counts.csv", () -> stream, COLUMNS, problems)) {
            assertThat(file).isNotNull();
            assertThat(stream.closed).isFalse();
            assertThat(file.next()).isTrue();
            assertThat(file.value(0)).isEqualTo("A");
        }
        assertThat(stream.closed).isTrue();
        assertThat(problems.any()).isFalse();
    }

    @Test
    void anOptionalColumnMayBeLeftOutAndThenReadsAsEmpty() throws IOException {
        var columns = List.of("return_ref", "outcome", "home_office_outcome");
        var without = watched("outcome,return_ref\r\nCHARGED,A\r\n");
        var with = watched("home_office_outcome,outcome,return_ref\r\n1,,A\r\n");
        var problems = new Problems(10);

        try (var file = InterchangeFile.open("reports.csv", () -> without, columns, java.util.Set.of("home_office_outcome"),
                problems)) {
            assertThat(file.next()).isTrue();
            assertThat(file.value(1)).isEqualTo("CHARGED");
            assertThat(file.value(2)).isEmpty();
        }
        try (var file = InterchangeFile.open("reports.csv", () -> with, columns, java.util.Set.of("home_office_outcome"),
                problems)) {
            assertThat(file.next()).isTrue();
            assertThat(file.value(2)).isEqualTo("1");
        }
        assertThat(problems.any()).isFalse();
    }

    @Test
    void aRequiredColumnLeftOutIsStillAWrongHeaderNamingTheOptionalOnesApart() throws IOException {
        var columns = List.of("return_ref", "outcome", "home_office_outcome");
        var problems = new Problems(10);

        assertThat(InterchangeFile.open("reports.csv", () -> watched("return_ref\r\nA\r\n"), columns,
                java.util.Set.of("home_office_outcome"), problems)).isNull();

        assertThat(problems.listed()).singleElement().satisfies(p -> {
            assertThat(p.rule()).isEqualTo("wrong-header");
            assertThat(p.message()).contains("return_ref, outcome (and, if wanted, home_office_outcome)");
        });
    }
}
