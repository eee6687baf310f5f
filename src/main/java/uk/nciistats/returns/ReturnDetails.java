package uk.nciistats.returns;

import java.time.LocalDate;

/** What describes a return, as a caller sends it; {@code offenceCode} may be left out. */
public record ReturnDetails(String ref, String forceCode, String offenceCode, LocalDate periodStart,
                            LocalDate periodEnd, Granularity granularity, String source, LocalDate receivedOn) {
}
