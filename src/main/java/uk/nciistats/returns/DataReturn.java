package uk.nciistats.returns;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import uk.nciistats.errors.ForbiddenException;
import uk.nciistats.errors.ValidationException;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One force's answer for one period and offence: either record-level reports (RECORDS) or
 * published cells (AGGREGATE). Changes through its verbs; each content change records who made it,
 * which the four-eyes rule on VERIFIED reads. It keeps its workflow itself ({@link #changeStatus}):
 * no caller can move it where the workflow does not lead.
 */
@Entity
@Table(name = "data_return")
public class DataReturn {
    @Id
    @SequenceGenerator(name = "data_return_seq", sequenceName = "data_return_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "data_return_seq")
    private Long id;
    private String ref;
    @Column(name = "force_code")
    private String forceCode;
    @Column(name = "offence_code")
    private String offenceCode;
    @Column(name = "period_start")
    private LocalDate periodStart;
    @Column(name = "period_end")
    private LocalDate periodEnd;
    @Enumerated(EnumType.STRING)
    private Granularity granularity;
    private String source;
    @Column(name = "received_on")
    private LocalDate receivedOn;
    @Enumerated(EnumType.STRING)
    private ReturnStatus status;
    @Version
    private int version;
    private int total;
    @Column(name = "last_changed_by")
    private String lastChangedBy;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @ElementCollection
    @CollectionTable(name = "count_cell", joinColumns = @JoinColumn(name = "return_id"))
    private List<CountCell> counts = new ArrayList<>();

    protected DataReturn() {
    }

    /** A new DRAFT return. */
    public DataReturn(ReturnDetails details, String offenceCode, String by, Instant now) {
        describe(details, offenceCode);
        this.status = ReturnStatus.DRAFT;
        this.createdAt = now;
        touch(by, now);
    }

    /** Changes what describes the return. A VERIFIED return needs verifying again. */
    public void revise(ReturnDetails details, String offenceCode, String by, Instant now) {
        describe(details, offenceCode);
        contentChanged(by, now);
    }

    /**
     * Moves it along the workflow, asked by {@code by}: DRAFT → VERIFIED by someone other than whoever
     * changed it last (four eyes), VERIFIED → PUBLISHED, and back to DRAFT from VERIFIED or
     * PUBLISHED. Any other move is refused (VALIDATION on {@code status}), as is verifying one's own
     * change (FORBIDDEN); asking for the status it has changes nothing. Which roles may ask for which
     * move (PUBLISHED is an ADMIN's) is the service's to check.
     */
    public void changeStatus(ReturnStatus to, String by, Instant now) {
        if (to == status) {
            return;
        }
        var refused = refusalOfMoveTo(to);
        if (refused.isPresent()) {
            throw new ValidationException("status", refused.get());
        }
        if (to == ReturnStatus.VERIFIED && !verifiableBy(by)) {
            throw new ForbiddenException("Four eyes: you changed return '" + ref + "' last, so someone else must verify it.");
        }
        this.status = to;
        this.updatedAt = now;
    }

    /** Whether moving it to {@code to} is an ADMIN's: publishing it, or moving it once published. */
    public boolean moveNeedsAnAdmin(ReturnStatus to) {
        return ReturnWorkflow.moveNeedsAnAdmin(status, to);
    }

    /**
     * Why the workflow does not lead from its status to {@code to}, whoever asks; empty when it does
     * (or it is at {@code to} already). Four eyes aside: see {@link #verifiableBy}.
     */
    public Optional<String> refusalOfMoveTo(ReturnStatus to) {
        return ReturnWorkflow.refusalOfMove(status, to);
    }

    /** Reports were added: the total grows by {@code added}. */
    public void recordReports(int added, String by, Instant now) {
        this.total += added;
        contentChanged(by, now);
    }

    /** One of its reports was changed. */
    public void recordReportChanged(String by, Instant now) {
        contentChanged(by, now);
    }

    /** Reports were deleted: the total shrinks by {@code removed}. */
    public void recordReportsRemoved(int removed, String by, Instant now) {
        this.total -= removed;
        contentChanged(by, now);
    }

    /** The published cells are replaced by {@code cells}; the total is their TOTAL. */
    public void replaceCounts(List<CountCell> cells, int cellTotal, String by, Instant now) {
        var before = new java.util.HashMap<String, CountCell>();
        counts.forEach(c -> before.put(c.dimension() + " " + c.category(), c));
        var stored = cells.stream().map(c -> c.keyed(before.get(c.dimension() + " " + c.category()))).toList();
        this.counts.clear();
        this.counts.addAll(stored);
        this.total = cellTotal;
        contentChanged(by, now);
    }

    /** Whether {@code who} may verify: not the person who last changed it (four eyes). */
    public boolean verifiableBy(String who) {
        return ReturnWorkflow.verifiableBy(lastChangedBy, who);
    }

    /** Whether it holds reports or published cells (even cells that count nothing). */
    public boolean holdsFigures() {
        return total > 0 || !counts.isEmpty();
    }

    public boolean overlaps(LocalDate start, LocalDate end) {
        return !periodStart.isAfter(end) && !start.isAfter(periodEnd);
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(periodStart) && !day.isAfter(periodEnd);
    }

    /** The state an audit entry keeps before and after a change. */
    public Map<String, Object> snapshot() {
        var s = new LinkedHashMap<String, Object>();
        s.put("ref", ref);
        s.put("forceCode", forceCode);
        s.put("offenceCode", offenceCode);
        s.put("periodStart", String.valueOf(periodStart));
        s.put("periodEnd", String.valueOf(periodEnd));
        s.put("granularity", String.valueOf(granularity));
        s.put("source", source);
        s.put("receivedOn", receivedOn == null ? null : receivedOn.toString());
        s.put("status", String.valueOf(status));
        s.put("version", version);
        s.put("total", total);
        return s;
    }

    private void describe(ReturnDetails d, String offence) {
        this.ref = d.ref().trim();
        this.forceCode = d.forceCode();
        this.offenceCode = offence;
        this.periodStart = d.periodStart();
        this.periodEnd = d.periodEnd();
        this.granularity = d.granularity();
        this.source = d.source().trim();
        this.receivedOn = d.receivedOn();
    }

    private void contentChanged(String by, Instant now) {
        if (status == ReturnStatus.VERIFIED) {
            status = ReturnStatus.DRAFT;
        }
        touch(by, now);
    }

    private void touch(String by, Instant now) {
        this.lastChangedBy = by;
        this.updatedAt = now;
    }

    public Long id() {
        return id;
    }

    public String ref() {
        return ref;
    }

    public String forceCode() {
        return forceCode;
    }

    public String offenceCode() {
        return offenceCode;
    }

    public LocalDate periodStart() {
        return periodStart;
    }

    public LocalDate periodEnd() {
        return periodEnd;
    }

    public Granularity granularity() {
        return granularity;
    }

    public String source() {
        return source;
    }

    public LocalDate receivedOn() {
        return receivedOn;
    }

    public ReturnStatus status() {
        return status;
    }

    public int version() {
        return version;
    }

    public int total() {
        return total;
    }

    public String lastChangedBy() {
        return lastChangedBy;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public List<CountCell> counts() {
        return List.copyOf(counts);
    }
}
