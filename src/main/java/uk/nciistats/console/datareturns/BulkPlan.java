package uk.nciistats.console.datareturns;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import uk.nciistats.returns.ReturnBatch.Change;
import uk.nciistats.returns.ReturnBatch.Result;
import uk.nciistats.returns.ReturnBatch;
import uk.nciistats.returns.StoredReturn;

import java.util.ArrayList;
import java.util.List;

/**
 * What a bulk change of the selected returns will do, split before anything is sent into the
 * returns it will change and those it will not (with the service's reason), and the dialogs that
 * ask for it and report on it.
 */
record BulkPlan(Change change, List<StoredReturn> toChange, List<Result> refused) {
    private static final int NAMED = 15;

    static BulkPlan of(List<StoredReturn> selected, Change change, ReturnBatch batch) {
        var toChange = new ArrayList<StoredReturn>();
        var refused = new ArrayList<Result>();
        for (var r : selected) {
            batch.refusal(r, change).ifPresentOrElse(
                    why -> refused.add(new Result(r.id(), r.ref(), false, why)), () -> toChange.add(r));
        }
        return new BulkPlan(change, List.copyOf(toChange), List.copyOf(refused));
    }

    /** The dialog that names what will change and runs {@code change} only when confirmed. */
    ConfirmDialog confirmation(Runnable confirmed) {
        var dialog = new ConfirmDialog();
        dialog.setId("bulk-confirm");
        var text = new Div();
        text.setId("bulk-confirm-text");
        if (toChange.isEmpty()) {
            dialog.setHeader("None of the selected returns can be " + pastTense(change));
            dialog.setConfirmButton(button("Close", "bulk-close", false, dialog, () -> { }));
        } else {
            dialog.setHeader(verb(change) + " " + returns(toChange.size()) + "?");
            text.add(new Paragraph(consequence(change)));
            text.add(names(toChange.stream().map(StoredReturn::ref).toList()));
            dialog.setConfirmButton(button(verb(change) + " " + returns(toChange.size()), "bulk-confirm-button",
                    change == Change.DELETE, dialog, confirmed));
            dialog.setCancelable(true);
            dialog.setCancelButton(button("Cancel", "bulk-cancel", false, dialog, () -> { }));
        }
        if (!refused.isEmpty()) {
            text.add(new Paragraph(refused.size() == 1 ? "This one will not be " + pastTense(change) + ":"
                    : "These " + refused.size() + " will not be " + pastTense(change) + ":"));
            text.add(reasons(refused));
        }
        dialog.setText(text);
        return dialog;
    }

    /** Says what happened to each return, those refused before sending included. */
    static void showResults(Change change, List<Result> results, List<Result> refusedBefore) {
        var all = new ArrayList<>(results);
        all.addAll(refusedBefore);
        long done = all.stream().filter(Result::done).count();
        var dialog = new ConfirmDialog();
        dialog.setId("bulk-result");
        dialog.setHeader(capitalised(pastTense(change)) + " " + done + " of " + returns(all.size()));
        var list = new UnorderedList();
        list.setId("bulk-result-text");
        all.stream().sorted(java.util.Comparator.comparing(Result::ref)).forEach(r -> list.add(new ListItem(
                r.ref() + ": " + (r.done() ? pastTense(change) : "not " + pastTense(change) + " (" + r.reason() + ")"))));
        dialog.setText(list);
        dialog.setConfirmButton(button("Close", "bulk-result-close", false, dialog, () -> { }));
        dialog.open();
    }

    private static Button button(String text, String id, boolean danger, ConfirmDialog dialog, Runnable action) {
        var button = new Button(text, e -> {
            dialog.close();
            action.run();
        });
        button.setId(id);
        if (!id.equals("bulk-cancel")) {
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        if (danger) {
            button.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        return button;
    }

    private static UnorderedList names(List<String> refs) {
        var list = new UnorderedList();
        refs.stream().limit(NAMED).forEach(ref -> list.add(new ListItem(ref)));
        if (refs.size() > NAMED) {
            list.add(new ListItem("and " + (refs.size() - NAMED) + " more"));
        }
        return list;
    }

    private static UnorderedList reasons(List<Result> refused) {
        var list = new UnorderedList();
        refused.stream().limit(NAMED).forEach(r -> list.add(new ListItem(r.ref() + ": " + r.reason())));
        if (refused.size() > NAMED) {
            list.add(new ListItem("and " + (refused.size() - NAMED) + " more"));
        }
        return list;
    }

    private static String consequence(Change change) {
        return switch (change) {
            case VERIFY -> "They become VERIFIED, ready for an admin to publish; any later change sets one back to DRAFT.";
            case PUBLISH -> "Viewers, the dashboard and the BI feeds will show their figures, and they cannot change"
                    + " until an admin sets them back to DRAFT.";
            case DELETE -> "Each return is removed for good, with its reports and counts.";
        };
    }

    private static String verb(Change change) {
        return switch (change) {
            case VERIFY -> "Verify";
            case PUBLISH -> "Publish";
            case DELETE -> "Delete";
        };
    }

    private static String pastTense(Change change) {
        return switch (change) {
            case VERIFY -> "verified";
            case PUBLISH -> "published";
            case DELETE -> "deleted";
        };
    }

    private static String capitalised(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String returns(long n) {
        return n == 1 ? "1 return" : n + " returns";
    }
}
