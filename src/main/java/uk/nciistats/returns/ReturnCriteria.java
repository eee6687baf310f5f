package uk.nciistats.returns;

import java.time.LocalDate;
import java.util.List;

/** Which returns a list shows: any of the forces and statuses, a granularity, periods touching from..to. */
public record ReturnCriteria(List<String> forces, List<ReturnStatus> statuses, Granularity granularity,
                             LocalDate from, LocalDate to) {

    public static ReturnCriteria all() {
        return new ReturnCriteria(null, null, null, null, null);
    }
}
