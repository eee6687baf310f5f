package uk.nciistats.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;

/** An offence the returns count, with the dates it was in force. Reference data. */
@Entity
@Table(name = "offence")
public class Offence {
    @Id
    private String code;
    @Column(name = "home_office_code")
    private String homeOfficeCode;
    private String title;
    private String legislation;
    @Column(name = "in_force_from")
    private LocalDate inForceFrom;
    @Column(name = "in_force_to")
    private LocalDate inForceTo;

    protected Offence() {
    }

    public Offence(String code, String homeOfficeCode, String title, String legislation,
                   LocalDate inForceFrom, LocalDate inForceTo) {
        this.code = code;
        this.homeOfficeCode = homeOfficeCode;
        this.title = title;
        this.legislation = legislation;
        this.inForceFrom = inForceFrom;
        this.inForceTo = inForceTo;
    }

    public String code() {
        return code;
    }

    public String homeOfficeCode() {
        return homeOfficeCode;
    }

    public String title() {
        return title;
    }

    public String legislation() {
        return legislation;
    }

    public LocalDate inForceFrom() {
        return inForceFrom;
    }

    public LocalDate inForceTo() {
        return inForceTo;
    }

    /** Whether the offence was in force on at least one day of {@code start..end}. */
    public boolean inForceDuring(LocalDate start, LocalDate end) {
        return !end.isBefore(inForceFrom) && (inForceTo == null || !start.isAfter(inForceTo));
    }

    /** Whether the offence was in force on every day of {@code start..end}. */
    public boolean inForceThroughout(LocalDate start, LocalDate end) {
        return !start.isBefore(inForceFrom) && (inForceTo == null || !end.isAfter(inForceTo));
    }
}
