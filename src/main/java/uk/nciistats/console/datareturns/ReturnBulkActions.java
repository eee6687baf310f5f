package uk.nciistats.console.datareturns;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.shared.Registration;
import uk.nciistats.returns.ReturnBatch.Change;
import uk.nciistats.returns.ReturnBatch;
import uk.nciistats.returns.StoredReturn;
import uk.nciistats.security.Role;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Verify, publish or delete the returns selected in the grid, as the role allows (EDITOR: verify,
 * delete; ADMIN: publish too). Each asks first, naming the returns that will change and those that
 * will not (with the reason), then says what happened to each; fires {@link ChangedEvent} after.
 */
class ReturnBulkActions extends HorizontalLayout {
    private final ReturnBatch batch;
    private final Span selectedCount = new Span();
    private final List<Button> buttons = new ArrayList<>();
    private final String hint;
    private List<StoredReturn> selected = List.of();

    ReturnBulkActions(ReturnBatch batch, Role role) {
        this.batch = batch;
        hint = role.includes(Role.ADMIN) ? "Tick returns to verify, publish or delete them together"
                : "Tick returns to verify or delete them together";
        selectedCount.setId("selected-count");
        add(selectedCount);
        if (role.includes(Role.EDITOR)) {
            add(button("Verify…", "bulk-verify", Change.VERIFY, false));
        }
        if (role.includes(Role.ADMIN)) {
            add(button("Publish…", "bulk-publish", Change.PUBLISH, false));
        }
        if (role.includes(Role.EDITOR)) {
            add(button("Delete…", "bulk-delete", Change.DELETE, true));
        }
        setAlignItems(FlexComponent.Alignment.BASELINE);
        selectedCount.getStyle().set("font-size", "var(--lumo-font-size-s)")
                .set("color", "var(--lumo-secondary-text-color)");
        select(Set.of());
    }

    /** The returns now selected, in the order of their references. */
    void select(Set<StoredReturn> returns) {
        selected = returns.stream().sorted(Comparator.comparing(StoredReturn::ref)).toList();
        selectedCount.setText(selected.isEmpty() ? hint
                : selected.size() == 1 ? "1 return selected" : selected.size() + " returns selected");
        buttons.forEach(b -> b.setEnabled(!selected.isEmpty()));
    }

    Registration addChangedListener(ComponentEventListener<ChangedEvent> listener) {
        return addListener(ChangedEvent.class, listener);
    }

    private Button button(String text, String id, Change change, boolean danger) {
        var button = new Button(text, e -> confirm(change));
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        if (danger) {
            button.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        buttons.add(button);
        return button;
    }

    private void confirm(Change change) {
        var plan = BulkPlan.of(selected, change, batch);
        plan.confirmation(() -> {
            var results = batch.apply(plan.toChange(), change);
            BulkPlan.showResults(change, results, plan.refused());
            fireEvent(new ChangedEvent(this));
        }).open();
    }

    /** Some returns were changed: the list must be read again. */
    static class ChangedEvent extends ComponentEvent<ReturnBulkActions> {
        ChangedEvent(ReturnBulkActions source) {
            super(source, false);
        }
    }
}
