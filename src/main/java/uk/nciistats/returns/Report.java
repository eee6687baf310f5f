package uk.nciistats.returns;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.Set;

/** One reported offence of a RECORDS return. Anonymised: an age, a gender, platforms, an outcome. */
@Entity
@Table(name = "report")
public class Report {
    @Id
    @SequenceGenerator(name = "report_seq", sequenceName = "report_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "report_seq")
    private Long id;
    @Column(name = "return_id")
    private long returnId;
    @Column(name = "reported_on")
    private LocalDate reportedOn;
    @Column(name = "victim_age")
    private Integer victimAge;
    @Enumerated(EnumType.STRING)
    @Column(name = "victim_gender")
    private Gender victimGender;
    private short platforms;
    @Enumerated(EnumType.STRING)
    private Outcome outcome;
    @Column(name = "home_office_outcome")
    private Integer homeOfficeOutcome;
    /** Disclosure control's key (cohort-semantics §10): drawn once here, never read back through the entity. */
    @Column(name = "record_key", updatable = false)
    private short recordKey;

    protected Report() {
    }

    public Report(long returnId, LocalDate reportedOn, Integer victimAge, Gender victimGender,
                  Set<Platform> platforms, Outcome outcome, Integer homeOfficeOutcome) {
        this.returnId = returnId;
        this.reportedOn = reportedOn;
        this.victimAge = victimAge;
        this.victimGender = victimGender;
        this.platforms = (short) Platform.bits(platforms);
        this.outcome = outcome;
        this.homeOfficeOutcome = homeOfficeOutcome;
        this.recordKey = (short) RecordKeys.draw();
    }

    /** The report as the caller now describes it; its key stays (the same person). */
    public void revise(LocalDate reportedOn, Integer victimAge, Gender victimGender, Set<Platform> platforms,
                       Outcome outcome, Integer homeOfficeOutcome) {
        this.reportedOn = reportedOn;
        this.victimAge = victimAge;
        this.victimGender = victimGender;
        this.platforms = (short) Platform.bits(platforms);
        this.outcome = outcome;
        this.homeOfficeOutcome = homeOfficeOutcome;
    }

    /** What the report says, as a caller would send it and as the audit log keeps it. */
    public ReportDetails details() {
        return new ReportDetails(reportedOn, victimAge, victimGender, platforms(), outcome, homeOfficeOutcome);
    }

    /** The state an audit entry keeps of the report. */
    public java.util.Map<String, Object> snapshot() {
        var s = new java.util.LinkedHashMap<String, Object>();
        s.put("id", id);
        s.put("reportedOn", reportedOn == null ? null : reportedOn.toString());
        s.put("victimAge", victimAge);
        s.put("victimGender", String.valueOf(victimGender));
        s.put("platforms", platforms().stream().map(Enum::name).toList());
        s.put("outcome", String.valueOf(outcome));
        s.put("homeOfficeOutcome", homeOfficeOutcome);
        return s;
    }

    public Long id() {
        return id;
    }

    public long returnId() {
        return returnId;
    }

    public LocalDate reportedOn() {
        return reportedOn;
    }

    public Integer victimAge() {
        return victimAge;
    }

    public Gender victimGender() {
        return victimGender;
    }

    public Set<Platform> platforms() {
        return Platform.fromBits(platforms);
    }

    public Outcome outcome() {
        return outcome;
    }

    public Integer homeOfficeOutcome() {
        return homeOfficeOutcome;
    }
}
