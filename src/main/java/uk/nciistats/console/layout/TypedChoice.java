package uk.nciistats.console.layout;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * Choosing from a combo box by typing part of a name, as data-entry staff do: Enter (and, for a
 * single choice, Tab) takes the item the text names — the one whose label it is, else the first
 * that starts with it, else the first that contains it: "snap" is Snapchat, "male" is Male, "sussex"
 * is "Sussex · E23000033". Vaadin 24's combo boxes take an item only when its whole label is
 * typed and otherwise drop the text without a word; here a text that names no item is said beside
 * the field.
 */
public final class TypedChoice {
    private TypedChoice() {
    }

    /** A single choice by label. */
    public static <T> void chooseByTyping(ComboBox<T> box) {
        box.setAllowCustomValue(true);
        box.addCustomValueSetListener(e -> bestByLabel(box.getListDataView().getItems().toList(),
                box.getItemLabelGenerator()::apply, e.getDetail()).ifPresentOrElse(box::setValue, () -> nothingCalled(box, e.getDetail())));
    }

    /** A single choice whose drop-down shows the items {@code matches} finds for the text typed. */
    public static <T> void chooseByTyping(ComboBox<T> box, BiPredicate<T, String> matches) {
        box.setAllowCustomValue(true);
        box.addCustomValueSetListener(e -> first(box.getListDataView().getItems().toList(), matches, e.getDetail())
                .ifPresentOrElse(box::setValue, () -> nothingCalled(box, e.getDetail())));
    }

    /** A choice of several: each Enter adds the item whose label best matches the text typed. */
    public static <T> void chooseByTyping(MultiSelectComboBox<T> box) {
        box.setAllowCustomValue(true);
        box.addCustomValueSetListener(e -> bestByLabel(box.getListDataView().getItems().toList(),
                box.getItemLabelGenerator()::apply, e.getDetail()).ifPresentOrElse(item -> {
                    var chosen = new LinkedHashSet<>(box.getValue());
                    chosen.add(item);
                    box.setValue(chosen);
                }, () -> nothingCalled(box, e.getDetail())));
    }

    /**
     * The item whose label is the text typed, else the first that starts with it, else the first that
     * contains it, in any letter case: "male" is Male, not Female; "snap" is Snapchat.
     */
    static <T> Optional<T> bestByLabel(List<T> items, Function<T, String> label, String typed) {
        var text = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Function<T, String> lower = item -> String.valueOf(label.apply(item)).toLowerCase(Locale.ROOT);
        return items.stream().filter(item -> lower.apply(item).equals(text)).findFirst()
                .or(() -> items.stream().filter(item -> lower.apply(item).startsWith(text)).findFirst())
                .or(() -> items.stream().filter(item -> lower.apply(item).contains(text)).findFirst());
    }

    static <T> Optional<T> first(List<T> items, BiPredicate<T, String> matches, String typed) {
        var text = typed == null ? "" : typed.strip();
        return text.isEmpty() ? Optional.empty() : items.stream().filter(item -> matches.test(item, text)).findFirst();
    }

    private static void nothingCalled(HasValidation field, String typed) {
        field.setErrorMessage("Nothing here is called '" + typed.strip() + "': choose one from the list.");
        field.setInvalid(true);
    }
}
