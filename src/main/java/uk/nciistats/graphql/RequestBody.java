package uk.nciistats.graphql;

import jakarta.servlet.http.HttpServletRequest;

import java.io.IOException;

/**
 * A request's body, read whole but never past a limit: a body declared longer is refused before a
 * byte is read, one of undeclared length as soon as it passes the limit.
 */
final class RequestBody {
    private RequestBody() {
    }

    /** The body is longer than the limit; what was read of it is dropped. */
    static final class TooLarge extends Exception {
        TooLarge() {
            super(null, null, false, false);
        }
    }

    static byte[] read(HttpServletRequest request, int limit) throws IOException, TooLarge {
        if (request.getContentLengthLong() > limit) {
            throw new TooLarge();
        }
        var bytes = request.getInputStream().readNBytes(limit + 1);
        if (bytes.length > limit) {
            throw new TooLarge();
        }
        return bytes;
    }
}
