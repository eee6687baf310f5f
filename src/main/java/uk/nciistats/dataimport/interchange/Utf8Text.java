package uk.nciistats.dataimport.interchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The characters of an interchange file, decoded strictly: the bytes must be UTF-8 text. A UTF-8
 * byte order mark is skipped; a NUL byte or bytes that are not UTF-8 stop the file as {@code not-text}
 * on the line they are on. The characters before the fault are handed out first, and the fault is
 * thrown at the next read, so that whatever reads this text finds every problem before it, in order.
 * ({@link java.io.InputStreamReader} can only replace bad bytes or fail without saying where.)
 */
final class Utf8Text extends Reader {
    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16).flip();
    private final CharBuffer chars = CharBuffer.allocate(1 << 16).flip();
    private boolean started;
    private boolean bytesEnded;
    private boolean decoded;
    private String fault;
    private long line = 1;
    private boolean afterCr;

    Utf8Text(InputStream in) {
        this.in = in;
    }

    @Override
    public int read(char[] to, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (!chars.hasRemaining() && !fill()) {
            return -1;
        }
        int n = Math.min(length, chars.remaining());
        for (int i = 0; i < n; i++) {
            char c = chars.get();
            if (c == 0) {
                fault = "holds a NUL byte";
                chars.position(chars.limit());
                return i == 0 ? read(to, offset, length) : i;
            }
            count(c);
            to[offset + i] = c;
        }
        return n;
    }

    private void count(char c) {
        if (c == '\n' ? !afterCr : c == '\r') {
            line++;
        }
        afterCr = c == '\r';
    }

    /** Decodes the next characters; false at the end of the file. */
    private boolean fill() throws IOException {
        if (fault != null) {
            throw new CsvReader.Unreadable(line, -1, "not-text", "not a UTF-8 text CSV: line " + line + " " + fault
                    + " (is this a spreadsheet or another binary file? save it as CSV UTF-8)");
        }
        if (decoded) {
            return false;
        }
        chars.clear();
        while (chars.position() == 0) {
            var result = decoder.decode(bytes, chars, bytesEnded);
            if (result.isError()) {
                fault = "holds bytes that are not UTF-8";
                if (chars.position() == 0) {
                    chars.flip();
                    return fill();
                }
                break;
            }
            if (result.isOverflow()) {
                break;
            }
            if (bytesEnded) {
                decoder.flush(chars);
                decoded = true;
                break;
            }
            readBytes();
        }
        chars.flip();
        if (!started) {
            started = true;
            if (chars.hasRemaining() && chars.get(0) == '\uFEFF') {
                chars.get();
            }
        }
        return chars.hasRemaining() || fill();
    }

    private void readBytes() throws IOException {
        bytes.compact();
        int n = in.read(bytes.array(), bytes.arrayOffset() + bytes.position(), bytes.remaining());
        if (n < 0) {
            bytesEnded = true;
        } else {
            bytes.position(bytes.position() + n);
        }
        bytes.flip();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
