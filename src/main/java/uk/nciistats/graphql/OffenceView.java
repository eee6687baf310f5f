package uk.nciistats.graphql;

import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import uk.nciistats.reference.Offence;

import java.time.LocalDate;

@Type("Offence")
public final class OffenceView {
    private final Offence offence;

    OffenceView(Offence offence) {
        this.offence = offence;
    }

    public @NonNull String getCode() {
        return offence.code();
    }

    public String getHomeOfficeCode() {
        return offence.homeOfficeCode();
    }

    public @NonNull String getTitle() {
        return offence.title();
    }

    public @NonNull String getLegislation() {
        return offence.legislation();
    }

    public @NonNull LocalDate getInForceFrom() {
        return offence.inForceFrom();
    }

    public LocalDate getInForceTo() {
        return offence.inForceTo();
    }
}
