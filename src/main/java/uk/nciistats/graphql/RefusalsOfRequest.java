package uk.nciistats.graphql;

import jakarta.enterprise.context.RequestScoped;
import uk.nciistats.errors.DomainException;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The refusals of the current request's GraphQL operations, matched to errors by message. */
@RequestScoped
public class RefusalsOfRequest {
    private final List<DomainException> refusals = new ArrayList<>();

    void add(DomainException e) {
        refusals.add(e);
    }

    Optional<DomainException> byMessage(String message) {
        return refusals.stream().filter(e -> e.getMessage().equals(message)).findFirst();
    }
}
