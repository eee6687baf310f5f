package uk.nciistats.console.datareturns;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import uk.nciistats.reference.Force;
import uk.nciistats.reference.Offence;
import uk.nciistats.returns.Granularity;
import uk.nciistats.returns.ReturnDetails;
import uk.nciistats.returns.StoredReturn;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

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
    public static ReturnFormBean of(StoredReturn r, Force force, Offence offence) {
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

    /** The fields a person compares when two versions meet, as text, keyed by the service's field names. */
    public Map<String, String> fields() {
        var fields = new LinkedHashMap<String, String>();
        fields.put("ref", text(ref));
        fields.put("forceCode", force == null ? "" : force.shortName());
        fields.put("offenceCode", offence == null ? "" : offence.code());
        fields.put("periodStart", text(periodStart));
        fields.put("periodEnd", text(periodEnd));
        fields.put("granularity", text(granularity));
        fields.put("source", text(source));
        fields.put("receivedOn", text(receivedOn));
        return fields;
    }

    /** How {@link #fields()} are named to people. */
    public static final Map<String, String> LABELS = labels("ref", "Reference", "forceCode", "Force",
            "offenceCode", "Offence", "periodStart", "Period start", "periodEnd", "Period end",
            "granularity", "Granularity", "source", "Source", "receivedOn", "Received on");

    private static Map<String, String> labels(String... keysAndLabels) {
        var labels = new LinkedHashMap<String, String>();
        for (int i = 0; i < keysAndLabels.length; i += 2) {
            labels.put(keysAndLabels[i], keysAndLabels[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(labels);
    }

    /** A copy of this bean with {@code mine}'s value of each field named in {@code fromMine}. */
    public ReturnFormBean withFieldsOf(ReturnFormBean mine, Set<String> fromMine) {
        var merged = new ReturnFormBean();
        merged.ref = fromMine.contains("ref") ? mine.ref : ref;
        merged.force = fromMine.contains("forceCode") ? mine.force : force;
        merged.offence = fromMine.contains("offenceCode") ? mine.offence : offence;
        merged.periodStart = fromMine.contains("periodStart") ? mine.periodStart : periodStart;
        merged.periodEnd = fromMine.contains("periodEnd") ? mine.periodEnd : periodEnd;
        merged.granularity = fromMine.contains("granularity") ? mine.granularity : granularity;
        merged.source = fromMine.contains("source") ? mine.source : source;
        merged.receivedOn = fromMine.contains("receivedOn") ? mine.receivedOn : receivedOn;
        return merged;
    }

    /** A copy, so the form can change one while the other stays as it was opened. */
    public ReturnFormBean copy() {
        return withFieldsOf(this, Set.of());
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
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
