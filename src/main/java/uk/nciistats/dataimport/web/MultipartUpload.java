package uk.nciistats.dataimport.web;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A multipart/form-data request body (RFC 7578) read as it streams, each part written to a
 * temporary file as it arrives: the parts may come in any order, and however large they are, the
 * heap holds one buffer. Counts every byte of the body and stops with {@link TooLarge} as soon as
 * there are more than the limit. {@link #close()} deletes the files.
 */
final class MultipartUpload implements Closeable {
    private static final int MAX_HEADER_BYTES = 16 * 1024;
    private static final Pattern NAME = Pattern.compile("(?i)(?:^|;)\\s*name\\s*=\\s*(?:\"([^\"]*)\"|([^;\\s]+))");
    private static final Pattern FILENAME = Pattern.compile("(?i)(?:^|;)\\s*filename\\s*=\\s*(?:\"([^\"]*)\"|([^;\\s]+))");
    private static final Pattern BOUNDARY = Pattern.compile("(?i)(?:^|;)\\s*boundary\\s*=\\s*(?:\"([^\"]+)\"|([^;\\s]+))");

    /** One part: the form field's name, the file name the sender gave (or ""), where its bytes are, how many. */
    record Part(String name, String filename, Path file, long bytes) {
    }

    /** The body has more bytes than allowed. */
    static final class TooLarge extends IOException {
        TooLarge() {
            super("upload too large", null);
        }
    }

    /** The body is not the multipart/form-data it claims to be. */
    static final class Malformed extends IOException {
        Malformed(String message) {
            super(message, null);
        }
    }

    private final List<Part> parts = new ArrayList<>();

    private MultipartUpload() {
    }

    List<Part> parts() {
        return List.copyOf(parts);
    }

    /** The boundary a multipart/form-data content type names; null when it is not one. */
    static String boundaryOf(String contentType) {
        if (contentType == null || !contentType.trim().toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
            return null;
        }
        var m = BOUNDARY.matcher(contentType.substring(contentType.indexOf(';') + 1));
        if (!m.find()) {
            return null;
        }
        return m.group(1) != null ? m.group(1) : m.group(2);
    }

    /** Reads the whole body into temporary files; on any failure leaves no file behind. */
    static MultipartUpload read(InputStream body, String boundary, long maxBytes) throws IOException {
        var upload = new MultipartUpload();
        try {
            upload.readParts(new Scanner(new Limited(body, maxBytes), boundary));
            return upload;
        } catch (IOException | RuntimeException e) {
            upload.close();
            throw e;
        }
    }

    private void readParts(Scanner in) throws IOException {
        if (!in.skipToDelimiter()) {
            throw new Malformed("the body holds no part (no boundary line)");
        }
        while (in.nextPartFollows()) {
            var headers = in.headers();
            String name = "";
            String filename = "";
            for (var header : headers) {
                int colon = header.indexOf(':');
                if (colon > 0 && header.substring(0, colon).trim().equalsIgnoreCase("Content-Disposition")) {
                    String value = header.substring(colon + 1);
                    name = parameter(NAME, value);
                    filename = parameter(FILENAME, value);
                }
            }
            var file = Files.createTempFile("ncii-import-", ".part");
            // known before anything else can fail, so that close() deletes it
            parts.add(new Part(name, filename, file, 0));
            long bytes;
            try (var out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
                bytes = in.copyToDelimiter(out);
            }
            parts.set(parts.size() - 1, new Part(name, filename, file, bytes));
        }
    }

    private static String parameter(Pattern pattern, String header) {
        var m = pattern.matcher(header);
        if (!m.find()) {
            return "";
        }
        return m.group(1) != null ? m.group(1) : m.group(2);
    }

    @Override
    public void close() throws IOException {
        for (var part : parts) {
            Files.deleteIfExists(part.file());
        }
    }

    /** Counts the bytes read and refuses to read past the limit. */
    private static final class Limited extends InputStream {
        private final InputStream in;
        private final long max;
        private long count;

        Limited(InputStream in, long max) {
            this.in = in;
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = in.read(b, off, len);
            if (n > 0) {
                count += n;
                if (count > max) {
                    throw new TooLarge();
                }
            }
            return n;
        }
    }

    /** Finds the delimiter lines of the body ("CRLF--boundary") in a sliding buffer. */
    private static final class Scanner {
        private final InputStream in;
        private final byte[] delimiter;
        private final byte[] buf = new byte[1 << 16];
        private int start;
        private int end;
        private boolean eof;

        Scanner(InputStream in, String boundary) {
            this.in = in;
            this.delimiter = ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
            // the first delimiter may open the body without a line break before it
            buf[0] = '\r';
            buf[1] = '\n';
            end = 2;
        }

        /** Skips the preamble up to the first delimiter; false when there is none. */
        boolean skipToDelimiter() throws IOException {
            try {
                copyToDelimiter(OutputStream.nullOutputStream());
                return true;
            } catch (Malformed e) {
                return false;
            }
        }

        /** After a delimiter: true when a part follows, false when it was the last ("--"). */
        boolean nextPartFollows() throws IOException {
            if (!ensure(2)) {
                throw new Malformed("the body ends after a boundary line without its closing \"--\"");
            }
            if (buf[start] == '-' && buf[start + 1] == '-') {
                return false;
            }
            skipLine();
            return true;
        }

        /** The header lines of a part, up to the empty line. */
        List<String> headers() throws IOException {
            var headers = new ArrayList<String>();
            int total = 0;
            while (true) {
                String line = line();
                total += line.length() + 2;
                if (total > MAX_HEADER_BYTES) {
                    throw new Malformed("a part's headers are longer than " + MAX_HEADER_BYTES + " bytes");
                }
                if (line.isEmpty()) {
                    return headers;
                }
                headers.add(line);
            }
        }

        /** Copies bytes up to the next delimiter (consumed, not copied); answers how many were copied. */
        long copyToDelimiter(OutputStream out) throws IOException {
            long copied = 0;
            while (true) {
                ensure(delimiter.length);
                int found = indexOfDelimiter();
                if (found >= 0) {
                    out.write(buf, start, found - start);
                    copied += found - start;
                    start = found + delimiter.length;
                    return copied;
                }
                if (eof) {
                    throw new Malformed("the body ends inside a part: its closing boundary line is missing");
                }
                // keep what could be the beginning of a delimiter
                int safe = Math.max(start, end - delimiter.length + 1);
                out.write(buf, start, safe - start);
                copied += safe - start;
                start = safe;
                compactAndRead();
            }
        }

        private int indexOfDelimiter() {
            int last = end - delimiter.length;
            byte first = delimiter[0];
            outer:
            for (int i = start; i <= last; i++) {
                if (buf[i] != first) {
                    continue;
                }
                for (int k = 1; k < delimiter.length; k++) {
                    if (buf[i + k] != delimiter[k]) {
                        continue outer;
                    }
                }
                return i;
            }
            return -1;
        }

        private String line() throws IOException {
            var text = new StringBuilder();
            while (true) {
                if (!ensure(1)) {
                    throw new Malformed("the body ends inside a part's headers");
                }
                byte b = buf[start++];
                if (b == '\n') {
                    int n = text.length();
                    return n > 0 && text.charAt(n - 1) == '\r' ? text.substring(0, n - 1) : text.toString();
                }
                text.append((char) (b & 0xff));
                if (text.length() > MAX_HEADER_BYTES) {
                    throw new Malformed("a part's header line is longer than " + MAX_HEADER_BYTES + " bytes");
                }
            }
        }

        /** Skips the rest of the delimiter line (transport padding) and its line break. */
        private void skipLine() throws IOException {
            line();
        }

        /** Makes at least {@code n} bytes available when the body has them; false when it ends first. */
        private boolean ensure(int n) throws IOException {
            while (end - start < n && !eof) {
                compactAndRead();
            }
            return end - start >= n;
        }

        private void compactAndRead() throws IOException {
            if (start > 0) {
                System.arraycopy(buf, start, buf, 0, end - start);
                end -= start;
                start = 0;
            }
            int n = in.read(buf, end, buf.length - end);
            if (n < 0) {
                eof = true;
            } else {
                end += n;
            }
        }
    }
}
