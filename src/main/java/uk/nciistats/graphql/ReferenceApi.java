package uk.nciistats.graphql;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import uk.nciistats.errors.ValidationException;
import uk.nciistats.reference.Country;
import uk.nciistats.reference.ReferenceCatalog;
import uk.nciistats.returns.ReturnService;

import java.util.List;

/** Forces and offences: the reference data every return points to. */
@GraphQLApi
@ApplicationScoped
public class ReferenceApi {
    private final ReferenceCatalog catalog;
    private final ReturnService returns;

    @Inject
    public ReferenceApi(ReferenceCatalog catalog, ReturnService returns) {
        this.catalog = catalog;
        this.returns = returns;
    }

    protected ReferenceApi() {
        this(null, null);
    }

    @Query("forces")
    @Description("The 43 territorial police forces of England and Wales, optionally of one country or region.")
    public @NonNull List<@NonNull ForceView> forces(@Name("country") Country country, @Name("region") String region) {
        if (region != null && catalog.regions().stream().noneMatch(region::equalsIgnoreCase)) {
            throw new ValidationException("region", "unknown region '" + region + "': one of "
                    + String.join(", ", catalog.regions()));
        }
        return catalog.forces(country, region).stream().map(ForceView::new).toList();
    }

    @Query("force")
    @Description("One force by its GSS code, e.g. E23000032 (Kent); null when there is none.")
    public ForceView force(@Name("code") @NonNull String code) {
        return catalog.force(code).map(ForceView::new).orElse(null);
    }

    @Query("offences")
    public @NonNull List<@NonNull OffenceView> offences() {
        return catalog.offences().stream().map(OffenceView::new).toList();
    }

    @Name("returns")
    @Description("The force's returns, in period order (ANALYST and above).")
    public List<@NonNull List<@NonNull DataReturnView>> returns(@Source List<ForceView> forces) {
        var byForce = returns.returnsOfForces(forces.stream().map(ForceView::getCode).toList());
        return forces.stream().map(f -> byForce.getOrDefault(f.getCode(), List.of()).stream()
                .map(DataReturnView::new).toList()).toList();
    }
}
