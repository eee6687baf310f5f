package uk.nciistats.console.dashboard;

import uk.nciistats.export.CohortTable;

import java.text.NumberFormat;
import java.util.Locale;

/** A count and a share as the dashboard writes them: "1,169", "0 to 107", "withheld"; "21.4%", "0.0% to 25.5%". */
final class FigureText {
    static final String WITHHELD = "withheld";

    private FigureText() {
    }

    static String count(CohortTable.Row row) {
        if (row.suppressed()) {
            return WITHHELD;
        }
        var whole = NumberFormat.getIntegerInstance(Locale.UK);
        return row.low().equals(row.high()) ? whole.format(row.low())
                : whole.format(row.low()) + " to " + whole.format(row.high());
    }

    static String share(CohortTable.Row row) {
        if (row.suppressed()) {
            return WITHHELD;
        }
        if (row.shareLow() == null) {
            return "";
        }
        return row.shareLow().equals(row.shareHigh()) ? percent(row.shareLow())
                : percent(row.shareLow()) + " to " + percent(row.shareHigh());
    }

    /** Whether the row's count is a range the data proves, not one number. */
    static boolean range(CohortTable.Row row) {
        return !row.suppressed() && row.low() < row.high();
    }

    private static String percent(double share) {
        return String.format(Locale.UK, "%.1f%%", share * 100);
    }
}
