package uk.nciistats.graphql;

import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import uk.nciistats.reference.Country;
import uk.nciistats.reference.Force;

/** A police force as the API shows it. (Liberty's GraphQL reads getters, not record components.) */
@Type("Force")
public final class ForceView {
    private final Force force;

    ForceView(Force force) {
        this.force = force;
    }

    public @NonNull String getCode() {
        return force.code();
    }

    public @NonNull String getName() {
        return force.name();
    }

    public @NonNull String getShortName() {
        return force.shortName();
    }

    public @NonNull Country getCountry() {
        return force.country();
    }

    public @NonNull String getRegion() {
        return force.region();
    }
}
