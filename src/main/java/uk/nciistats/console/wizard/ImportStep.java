package uk.nciistats.console.wizard;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.shared.Registration;

/**
 * Step 5: the Import button, the import's progress, and its result written under the button (never
 * a notice over it). Fires import; the view runs it and reports back.
 */
class ImportStep extends WizardStep {
    private final Button commit = new Button("Import");
    private final ProgressBar progress = new ProgressBar();
    private final Span progressText = new Span();
    private final Paragraph result = new Paragraph();
    private final Div opened = new Div();

    ImportStep() {
        super("5. Import, all or nothing");
        commit.setId("commit");
        commit.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        commit.setEnabled(false);
        commit.addClickListener(e -> fireEvent(new ImportEvent(this)));
        progress.setId("progress");
        progress.setVisible(false);
        progressText.setId("progress-text");
        result.setId("import-result");
        result.getStyle().set("margin-top", "0");
        opened.setId("imported-returns");
        opened.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-m)");
        add(commit, progress, progressText, result, opened);
        setPadding(false);
        getStyle().set("padding-bottom", "4rem");
    }

    /** Whether the last check passed, so that Import may be clicked; a change clears the last result. */
    void setReady(boolean ready) {
        commit.setEnabled(ready);
        if (!ready) {
            result.setText("");
            opened.removeAll();
        }
    }

    void started(long lines) {
        commit.setEnabled(false);
        result.setText("");
        opened.removeAll();
        progress.setVisible(true);
        progress.setMin(0);
        progress.setMax(Math.max(1, lines));
        progress.setValue(0);
        progressText.setText("Importing...");
    }

    void progressed(long done, String text) {
        progress.setValue(Math.min(done, progress.getMax()));
        progressText.setText(text);
    }

    /** The import ended: {@code text} says how; {@code stored} whether anything was stored. */
    void finished(String text, boolean stored, boolean mayRetry) {
        progress.setVisible(false);
        progressText.setText("");
        result.setText(text);
        result.getStyle().set("color", stored ? "var(--lumo-success-text-color)" : "var(--lumo-error-text-color)");
        commit.setEnabled(mayRetry);
    }

    /** Links to the pages of the returns just imported ({@code ref → id}), to check them or have them verified. */
    void showImported(java.util.Map<String, Long> returnIds) {
        opened.removeAll();
        returnIds.forEach((ref, id) -> {
            var link = new Anchor("returns/" + id + "/edit", "Open " + ref);
            link.setId("open-imported-" + id);
            opened.add(link);
        });
    }

    Registration addImportListener(ComponentEventListener<ImportEvent> listener) {
        return addListener(ImportEvent.class, listener);
    }

    /** The user clicked Import. */
    static final class ImportEvent extends ComponentEvent<ImportStep> {
        ImportEvent(ImportStep source) {
            super(source, false);
        }
    }
}
