package uk.nciistats.dataimport.web;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MultipartUploadTest {
    private static final String BOUNDARY = "----b0undary";

    private static byte[] body(String... nameAndContent) {
        var text = new StringBuilder("preamble\r\n");
        for (int i = 0; i < nameAndContent.length; i += 2) {
            text.append("--").append(BOUNDARY).append("\r\n")
                    .append("Content-Disposition: form-data; name=\"").append(nameAndContent[i])
                    .append("\"; filename=\"").append(nameAndContent[i]).append(".csv\"\r\n")
                    .append("Content-Type: text/csv\r\n\r\n")
                    .append(nameAndContent[i + 1]).append("\r\n");
        }
        return text.append("--").append(BOUNDARY).append("--\r\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void eachPartIsWrittenToAFileOfItsOwnAndTheFilesGoWithTheUpload() throws Exception {
        var reports = "return_ref,x\r\n" + "R,1\r\n".repeat(50_000) + "--not-the-boundary\r\n";
        var upload = MultipartUpload.read(new ByteArrayInputStream(body("returns", "a,b\r\n1,2\r\n", "reports", reports)),
                BOUNDARY, 10_000_000);

        var parts = upload.parts();
        assertThat(parts).extracting(MultipartUpload.Part::name).containsExactly("returns", "reports");
        assertThat(parts.get(0).filename()).isEqualTo("returns.csv");
        assertThat(Files.readString(parts.get(0).file())).isEqualTo("a,b\r\n1,2\r\n");
        assertThat(Files.readString(parts.get(1).file())).isEqualTo(reports);
        assertThat(parts.get(1).bytes()).isEqualTo(reports.length());
        upload.close();
        assertThat(parts).allSatisfy(p -> assertThat(p.file()).doesNotExist());
    }

    @Test
    void aBodyLargerThanTheLimitStopsAsSoonAsTheLimitIsPassed() {
        var body = body("reports", "x".repeat(100_000));
        assertThatThrownBy(() -> MultipartUpload.read(new ByteArrayInputStream(body), BOUNDARY, 50_000))
                .isInstanceOf(MultipartUpload.TooLarge.class);
    }

    @Test
    void aBodyWithoutItsClosingBoundaryIsMalformed() {
        var body = ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"returns\"\r\n\r\nabc")
                .getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> MultipartUpload.read(new ByteArrayInputStream(body), BOUNDARY, 50_000))
                .isInstanceOf(MultipartUpload.Malformed.class);
    }

    @Test
    void theBoundaryComesFromTheContentType() {
        assertThat(MultipartUpload.boundaryOf("multipart/form-data; boundary=abc")).isEqualTo("abc");
        assertThat(MultipartUpload.boundaryOf("multipart/form-data; charset=utf-8; boundary=\"a b\"")).isEqualTo("a b");
        assertThat(MultipartUpload.boundaryOf("text/csv")).isNull();
        assertThat(MultipartUpload.boundaryOf(null)).isNull();
    }
}
