package uk.nciistats.support;

import java.util.List;

/** Interchange CSV text for tests: each file's header and rows, lines ended by CRLF as RFC 4180 has them. */
public final class InterchangeCsv {
    public static final String RETURNS_HEADER = "return_ref,force_code,period_start,period_end,granularity,source,received_on";
    public static final String REPORTS_HEADER = "return_ref,reported_on,victim_age,victim_gender,platforms,outcome";
    public static final String COUNTS_HEADER = "return_ref,dimension,category,count";
    public static final String MET = "E23000001";
    public static final String KENT = ReturnSpec.KENT;

    private InterchangeCsv() {
    }

    public static String returns(String... rows) {
        return file(RETURNS_HEADER, rows);
    }

    public static String reports(String... rows) {
        return file(REPORTS_HEADER, rows);
    }

    public static String counts(String... rows) {
        return file(COUNTS_HEADER, rows);
    }

    /** A return row covering the whole of {@code year}. */
    public static String returnRow(String ref, String force, int year, String granularity) {
        return ref + "," + force + "," + year + "-01-01," + year + "-12-31," + granularity + ",FOI " + year + "/0815,";
    }

    public static String file(String header, String... rows) {
        var text = new StringBuilder(header).append("\r\n");
        for (var row : List.of(rows)) {
            text.append(row).append("\r\n");
        }
        return text.toString();
    }
}
