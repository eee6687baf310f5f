package uk.nciistats.console.datareturns.conflicts;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.shared.Registration;
import uk.nciistats.console.datareturns.conflicts.FieldConflict.Side;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Someone else saved first: shows, field by field, the value when the user opened it, the value now
 * stored and the user's, and lets the user keep either side per field. Fires {@link ResolvedEvent}
 * with the choices ("keep my changes" keeps the user's on every field they changed; the stored
 * value stays where they changed nothing) or {@link ReloadEvent}; knows no service.
 */
public class ConflictDialog extends Dialog {
    final Map<String, RadioButtonGroup<Side>> choices = new LinkedHashMap<>();
    final Button save = new Button("Save my choices", e -> resolve());
    final Button keepMine = new Button("Keep my changes", e -> keepMyChanges());
    private final List<FieldConflict> conflicts;
    final Button reload = new Button("Drop my changes and reload", e -> {
        close();
        fireEvent(new ReloadEvent(this));
    });

    /** {@code what} names the thing ("return KENT-2016"), {@code who} the person who saved first. */
    public ConflictDialog(String what, String who, List<FieldConflict> conflicts) {
        this.conflicts = List.copyOf(conflicts);
        setId("conflict-dialog");
        setHeaderTitle("Someone else changed " + what);
        setWidth("min(60rem, 95vw)");
        setCloseOnOutsideClick(false);
        add(new Paragraph((who == null ? "Someone" : who) + " saved " + what + " after you opened it."
                + " Choose, for each field, which value to keep; your choices are saved on top of their version."));
        add(table(conflicts));
        save.setId("conflict-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        keepMine.setId("conflict-keep-mine");
        reload.setId("conflict-reload");
        reload.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        addDialogCloseActionListener(e -> { // Escape: back to editing, nothing saved
            close();
        });
        getFooter().add(reload, keepMine, save);
        save.addClickShortcut(Key.ENTER).listenOn(this);
    }

    /** The side chosen for each field, by key. */
    public Map<String, Side> chosen() {
        var chosen = new LinkedHashMap<String, Side>();
        choices.forEach((key, group) -> chosen.put(key, group.getValue()));
        return chosen;
    }

    private Div table(List<FieldConflict> conflicts) {
        var table = new Div();
        table.setId("conflict-fields");
        table.getStyle().set("display", "grid").set("grid-template-columns", "minmax(8rem, 1fr) repeat(3, minmax(6rem, 1fr)) auto")
                .set("gap", "var(--lumo-space-xs) var(--lumo-space-m)").set("align-items", "center");
        for (var heading : List.of("Field", "When you opened it", "Stored now", "Yours", "Keep")) {
            var h = new Span(heading);
            h.getStyle().set("font-weight", "600").set("color", "var(--lumo-secondary-text-color)");
            table.add(h);
        }
        for (var c : conflicts) {
            var group = new RadioButtonGroup<Side>();
            group.setItems(Side.STORED, Side.MINE);
            group.setItemLabelGenerator(s -> s == Side.STORED ? "Stored" : "Yours");
            group.setValue(c.keep());
            group.setAriaLabel("Keep for " + c.label());
            group.setId("keep-" + domId(c.key()));
            choices.put(c.key(), group);
            var label = new Span(c.label());
            label.getStyle().set("font-weight", "600");
            table.add(label, cell(c.opened(), false), cell(c.stored(), c.changedByOther()),
                    cell(c.mine(), c.changedByMe()), group);
        }
        return table;
    }

    private static Span cell(String value, boolean changed) {
        var span = new Span(value.isEmpty() ? "—" : value);
        if (changed) {
            span.getStyle().set("background", "var(--lumo-warning-color-10pct)").set("padding", "0 var(--lumo-space-xs)");
        }
        return span;
    }

    /** A key such as "AGE 0-17" as part of an element id: "AGE-0-17". */
    public static String domId(String key) {
        return key.replace("+", "plus").replaceAll("[^A-Za-z0-9]+", "-").replaceAll("-+$", "");
    }

    /** Every field the user changed keeps the user's value; the others keep what the other person stored. */
    private void keepMyChanges() {
        conflicts.forEach(c -> choices.get(c.key()).setValue(c.changedByMe() ? Side.MINE : Side.STORED));
        resolve();
    }

    private void resolve() {
        close();
        fireEvent(new ResolvedEvent(this, chosen()));
    }

    public Registration addResolvedListener(ComponentEventListener<ResolvedEvent> listener) {
        return addListener(ResolvedEvent.class, listener);
    }

    public Registration addReloadListener(ComponentEventListener<ReloadEvent> listener) {
        return addListener(ReloadEvent.class, listener);
    }

    /** The user chose a side for every field. */
    public static class ResolvedEvent extends ComponentEvent<ConflictDialog> {
        private final Map<String, Side> choices;

        ResolvedEvent(ConflictDialog source, Map<String, Side> choices) {
            super(source, false);
            this.choices = Map.copyOf(choices);
        }

        public Map<String, Side> choices() {
            return choices;
        }
    }

    /** The user drops their changes and wants the stored version. */
    public static class ReloadEvent extends ComponentEvent<ConflictDialog> {
        ReloadEvent(ConflictDialog source) {
            super(source, false);
        }
    }
}
