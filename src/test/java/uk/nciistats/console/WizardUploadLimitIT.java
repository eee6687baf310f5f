package uk.nciistats.console;

import org.junit.jupiter.api.Test;
import uk.nciistats.support.TestServer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The wizard's 20 MB limit holds on the server, not only in the browser: an upload posted straight
 * to the wizard's upload address with a signed-in editor's session is refused as soon as it is
 * known to be too large, with the rest of its body never read, so the server never holds it.
 *
 * <p>Each upload here sends only a little more than the limit of a body that claims or promises
 * far more, then waits for the answer: a server that read on to the end would never answer.
 */
class WizardUploadLimitIT extends BrowserTest {
    private static final int MB = 1024 * 1024;
    private static final String BOUNDARY = "ncii-upload-limit";

    @Test
    void aSixtyMegabyteUploadDeclaredAsSuchIsRefusedBeforeItsBodyIsRead() throws IOException {
        var target = signedInUploadTarget();

        var status = post(target, "multipart/form-data; boundary=" + BOUNDARY, 60L * MB, MB);

        assertThat(status).startsWith("HTTP/1.1 413");
        assertTheWizardStillReadsASmallFile();
    }

    @Test
    void aChunkedMultipartUploadIsRefusedOnceItPassesTwentyMegabytes() throws IOException {
        var target = signedInUploadTarget();

        var status = post(target, "multipart/form-data; boundary=" + BOUNDARY, -1, 21 * MB);

        assertThat(status).startsWith("HTTP/1.1 413");
        assertTheWizardSaysTheFileWasTooLarge();
        assertTheWizardStillReadsASmallFile();
    }

    @Test
    void aChunkedRawUploadIsRefusedOnceItPassesTwentyMegabytes() throws IOException {
        var target = signedInUploadTarget();

        var status = post(target, "application/octet-stream", -1, 21 * MB);

        assertThat(status).startsWith("HTTP/1.1 413");
        assertTheWizardSaysTheFileWasTooLarge();
        assertTheWizardStillReadsASmallFile();
    }

    private URI signedInUploadTarget() {
        browser.signIn("editor", TestServer.demoPassword()).go("import");
        return browser.uploadTarget("upload");
    }

    /** The wizard, at its next exchange with the browser, says why the file was not read. */
    private void assertTheWizardSaysTheFileWasTooLarge() {
        browser.click("check").waitFor(b -> b.notices().contains("The file is larger than 20 MB"));
        assertThat(browser.byId("file-summary").getDomProperty("textContent")).startsWith("The file is larger than 20 MB");
    }

    private void assertTheWizardStillReadsASmallFile() throws IOException {
        var dir = Files.createDirectories(Path.of("target", "wizard-files"));
        var small = Files.writeString(Files.createTempFile(dir, "small-", ".csv"), "Force,Age\nKent Police,17\n");
        browser.upload("upload", small)
                .waitFor(b -> b.byId("file-summary").getDomProperty("textContent").contains("1 row,"));
    }

    /**
     * Posts {@code sent} bytes of a file to the upload address with the browser's session, declaring
     * {@code declared} bytes (chunked when negative) and never sending the rest, and answers the
     * status line of the server's answer.
     */
    private String post(URI target, String contentType, long declared, int sent) throws IOException {
        boolean multipart = contentType.startsWith("multipart/");
        try (var socket = new Socket(target.getHost(), target.getPort())) {
            socket.setSoTimeout(60_000);
            var out = socket.getOutputStream();
            out.write(("POST " + target.getRawPath() + " HTTP/1.1\r\nHost: " + target.getHost() + ":" + target.getPort()
                    + "\r\nCookie: " + browser.cookies() + "\r\nContent-Type: " + contentType + "\r\n"
                    + (declared < 0 ? "Transfer-Encoding: chunked" : "Content-Length: " + declared)
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            if (multipart) {
                send(out, declared < 0, ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\";"
                        + " filename=\"big.csv\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            }
            var rows = new byte[64 * 1024];
            var row = "Kent Police,march,17,no action,Facebook\n".getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < rows.length; i++) {
                rows[i] = row[i % row.length];
            }
            try {
                for (int written = 0; written < sent; written += rows.length) {
                    send(out, declared < 0, Arrays.copyOf(rows, Math.min(rows.length, sent - written)));
                }
                out.flush();
            } catch (IOException closedByTheServer) {
                // a server that refused the upload may close the connection while the rest is sent
            }
            try {
                var answer = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
                var status = answer.readLine();
                return status == null ? "(connection closed without an answer)" : status;
            } catch (SocketTimeoutException e) {
                return "(no answer in 60 s: the server is still reading the upload)";
            }
        }
    }

    private static void send(OutputStream out, boolean chunked, byte[] bytes) throws IOException {
        if (chunked) {
            out.write((Integer.toHexString(bytes.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        }
        out.write(bytes);
        if (chunked) {
            out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
    }
}
