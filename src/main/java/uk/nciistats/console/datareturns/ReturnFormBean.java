package uk.nciistats.console.datareturns;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import uk.nciistats.reference.Force;
import uk.nciistats.reference.Offence;
import uk.nciistats.returns.DataReturn;
import uk.nciistats.returns.Granularity;
import uk.nciistats.returns.ReturnDetails;

import java.time.LocalDate;

/**
 * What the return form edits. The checks here only say at once what is missing or too long; every
 * rule of a return is the service's.
 */
public class ReturnFormBean {
    @NotBlank(message = "a return needs a reference")
    @Size(max = 64, message = "a reference has at most 64 characters")
    private String ref;
    @NotNull(message = "choose the force")
    private Force force;
    private Offence offence;
    @NotNull(message = "the first day of the period")
    private LocalDate periodStart;
    @NotNull(message = "the last day of the period")
    private LocalDate periodEnd;
    @NotNull(message = "RECORDS or AGGREGATE")
    private Granularity granularity = Granularity.RECORDS;
    @NotBlank(message = "say where the figures came from (e.g. an FOI reference)")
    @Size(max = 500, message = "a source has at most 500 characters")
    private String source;
    private LocalDate receivedOn;

    /** The form of a stored return, with its force and offence looked up. */
    public static ReturnFormBean of(DataReturn r, Force force, Offence offence) {
        var bean = new ReturnFormBean();
        bean.ref = r.ref();
        bean.force = force;
        bean.offence = offence;
        bean.periodStart = r.periodStart();
        bean.periodEnd = r.periodEnd();
        bean.granularity = r.granularity();
        bean.source = r.source();
        bean.receivedOn = r.receivedOn();
        return bean;
    }

    /** What the service receives; no offence means the one in force during the period. */
    public ReturnDetails details() {
        return new ReturnDetails(ref, force == null ? null : force.code(), offence == null ? null : offence.code(),
                periodStart, periodEnd, granularity, source, receivedOn);
    }

    public String getRef() {
        return ref;
    }

    public void setRef(String ref) {
        this.ref = ref;
    }

    public Force getForce() {
        return force;
    }

    public void setForce(Force force) {
        this.force = force;
    }

    public Offence getOffence() {
        return offence;
    }

    public void setOffence(Offence offence) {
        this.offence = offence;
    }

    public LocalDate getPeriodStart() {
        return periodStart;
    }

    public void setPeriodStart(LocalDate periodStart) {
        this.periodStart = periodStart;
    }

    public LocalDate getPeriodEnd() {
        return periodEnd;
    }

    public void setPeriodEnd(LocalDate periodEnd) {
        this.periodEnd = periodEnd;
    }

    public Granularity getGranularity() {
        return granularity;
    }

    public void setGranularity(Granularity granularity) {
        this.granularity = granularity;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public void setReceivedOn(LocalDate receivedOn) {
        this.receivedOn = receivedOn;
    }
}
