package uk.nciistats.console.dashboard;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import uk.nciistats.cohort.Coverage;
import uk.nciistats.reference.Force;

import java.util.stream.Collectors;

/**
 * Which forces and days the figures stand for (cohort-semantics §13), above every chart: a total
 * from 31 forces is not a national figure, and the reader is told so before reading it.
 */
class CoverageBanner extends Div {

    CoverageBanner() {
        setId("coverage");
        addClassName("coverage");
        getElement().setAttribute("role", "status");
    }

    void show(Coverage c) {
        removeAll();
        removeClassName("incomplete");
        if (c.from() == null) {
            addClassName("incomplete");
            add(headline("No return in scope: there is nothing to count for these filters."));
            return;
        }
        var window = c.from() + " to " + c.to();
        if (c.complete()) {
            add(headline((c.forcesInScope() == 1 ? "Covers the one force in scope" : "Covers all " + c.forcesInScope()
                    + " forces in scope") + " for " + window + "."));
            return;
        }
        addClassName("incomplete");
        add(headline("Covers " + c.forcesCovered() + " of " + c.forcesInScope() + " forces for " + window + "."));
        add(new Paragraph("Every total here stands for the covered forces and days only, not for all "
                + c.forcesInScope() + " forces."));
        if (!c.missing().isEmpty()) {
            var missing = new Paragraph("No return for any of it (" + c.missing().size() + "): "
                    + c.missing().stream().map(Force::shortName).collect(Collectors.joining(", ")) + ".");
            missing.setId("coverage-missing");
            add(missing);
        }
        if (!c.partly().isEmpty()) {
            var partly = new Paragraph("Returns for part of it (" + c.partly().size() + "): " + c.partly().stream()
                    .map(p -> p.force().shortName() + " (" + p.daysCovered() + " of " + p.daysInWindow() + " days)")
                    .collect(Collectors.joining(", ")) + ".");
            partly.setId("coverage-partly");
            add(partly);
        }
    }

    private static Span headline(String text) {
        var headline = new Span(text);
        headline.setId("coverage-headline");
        headline.addClassName("headline");
        return headline;
    }
}
