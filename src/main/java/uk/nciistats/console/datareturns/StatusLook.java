package uk.nciistats.console.datareturns;

import uk.nciistats.returns.ReturnStatus;

/** How a status is shown wherever it appears: the same colours on the grid and on the return's page. */
record StatusLook(String colour, String shade) {

    static StatusLook of(ReturnStatus status) {
        return switch (status) {
            case DRAFT -> new StatusLook("var(--lumo-body-text-color)", "var(--lumo-contrast-10pct)");
            case VERIFIED -> new StatusLook("var(--lumo-primary-text-color)", "var(--lumo-primary-color-10pct)");
            case PUBLISHED -> new StatusLook("var(--lumo-success-text-color)", "var(--lumo-success-color-10pct)");
        };
    }
}
