package uk.nciistats.console.datareturns.history;

import uk.nciistats.audit.RecordedChange;
import uk.nciistats.returns.ReturnStatus;
import uk.nciistats.returns.StoredReturn;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Where a return stands, in one line from its trail: its status and version, who entered it and
 * when, who changed it last, who verified it and who published it (while it still is so).
 */
public final class StatusLine {
    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private StatusLine() {
    }

    public static String of(StoredReturn r, List<RecordedChange> trail) {
        var line = new StringBuilder(r.status() + " · version " + r.version());
        trail.stream().filter(e -> e.action().equals("CREATE")).findFirst()
                .ifPresent(e -> line.append(" · entered by ").append(e.actor()).append(" on ").append(when(e.at())));
        if (r.lastChangedBy() != null) {
            line.append(" · last changed by ").append(r.lastChangedBy()).append(" on ").append(when(r.updatedAt()));
        }
        if (r.status() != ReturnStatus.DRAFT) {
            lastMoveTo(ReturnStatus.VERIFIED, trail).ifPresent(e -> line.append(" · verified by ")
                    .append(e.actor()).append(" on ").append(when(e.at())));
        }
        if (r.status() == ReturnStatus.PUBLISHED) {
            lastMoveTo(ReturnStatus.PUBLISHED, trail).ifPresent(e -> line.append(" · published by ")
                    .append(e.actor()).append(" on ").append(when(e.at())));
        }
        return line.toString();
    }

    /** The last entry that moved the return to {@code status}. */
    static java.util.Optional<RecordedChange> lastMoveTo(ReturnStatus status, List<RecordedChange> trail) {
        RecordedChange last = null;
        for (var e : trail) {
            if (e.action().equals("STATUS") && e.changedFields().stream()
                    .anyMatch(c -> c.field().equals("status") && c.after().equals(status.name()))) {
                last = e;
            }
        }
        return java.util.Optional.ofNullable(last);
    }

    static String when(Instant at) {
        return at == null ? "" : WHEN.format(at);
    }
}
