package uk.nciistats.graphql;

import uk.nciistats.errors.ValidationException;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Opaque Relay cursors: a kind of list and a position in it, refused when they belong elsewhere. */
final class Cursors {
    private Cursors() {
    }

    static String encode(String kind, long position) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((kind + ":" + position).getBytes(StandardCharsets.UTF_8));
    }

    static long decode(String kind, String cursor) {
        try {
            var text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (text.startsWith(kind + ":")) {
                return Long.parseLong(text.substring(kind.length() + 1));
            }
        } catch (IllegalArgumentException e) {
            // refused below
        }
        throw new ValidationException("after", "'" + cursor + "' is not a cursor of this list: use an endCursor it gave");
    }

    /** A page size: {@code first} when given, within 1..max. */
    static int pageSize(Integer first, int defaultSize, int max) {
        if (first == null) {
            return defaultSize;
        }
        if (first < 1 || first > max) {
            throw new ValidationException("first", "first must be 1 to " + max + ", not " + first);
        }
        return first;
    }
}
