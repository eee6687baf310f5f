package uk.nciistats.dataimport.interchange;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The after state of an import's IMPORT audit entry: how many rows of each file, and which returns
 * (each new one with its id, those it replaced, the stored ones it added reports to). The audit
 * column holds a million characters and references may be long, so the lists are cut by their size
 * as JSON, not by how many they hold: together they stay within {@link #MAX_LISTED_CHARS}, and each
 * cut list says how many it leaves out.
 */
final class ImportSummary {
    /** Far below the audit column's 1,000,000 characters, and still some 3,000 references of 64 characters. */
    static final int MAX_LISTED_CHARS = 200_000;

    private final Map<String, Object> summary = new LinkedHashMap<>();
    private int budget;

    ImportSummary(long returns, long reports, long counts, int maxListedChars) {
        summary.put("returns", returns);
        summary.put("reports", reports);
        summary.put("counts", counts);
        this.budget = maxListedChars;
    }

    ImportSummary(long returns, long reports, long counts) {
        this(returns, reports, counts, MAX_LISTED_CHARS);
    }

    /** A map of references to numbers, as far as it fits; {@code notListedKey} counts the rest. */
    ImportSummary map(String key, Map<String, Long> values, String notListedKey) {
        var listed = new LinkedHashMap<String, Long>();
        for (var e : values.entrySet()) {
            // "ref":123,
            int size = jsonLength(e.getKey()) + String.valueOf(e.getValue()).length() + 2;
            if (size > budget) {
                break;
            }
            budget -= size;
            listed.put(e.getKey(), e.getValue());
        }
        summary.put(key, listed);
        notListed(notListedKey, values.size() - listed.size());
        return this;
    }

    /** A list of references, as far as it fits; {@code notListedKey} counts the rest. */
    ImportSummary list(String key, List<String> values, String notListedKey) {
        var listed = new ArrayList<String>();
        for (var value : values) {
            int size = jsonLength(value) + 1;
            if (size > budget) {
                break;
            }
            budget -= size;
            listed.add(value);
        }
        summary.put(key, listed);
        notListed(notListedKey, values.size() - listed.size());
        return this;
    }

    Map<String, Object> toMap() {
        return summary;
    }

    private void notListed(String key, int count) {
        if (count > 0) {
            summary.put(key, count);
        }
    }

    /**
     * The most characters a string takes as JSON, quotes included: an escaped character takes up
     * to six (a backslash, u and four hex digits), and a character beyond ASCII is counted as if escaped too.
     */
    static int jsonLength(String s) {
        int length = 2;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            length += c == '"' || c == '\\' ? 2 : c < 0x20 || c > 0x7e ? 6 : 1;
        }
        return length;
    }
}
