package uk.nciistats.console.wizard;

import uk.nciistats.console.datareturns.CategoryNames;
import uk.nciistats.dataimport.spreadsheet.CellText;
import uk.nciistats.dataimport.spreadsheet.Field;
import uk.nciistats.dataimport.spreadsheet.FieldGrammar;
import uk.nciistats.reference.Force;
import uk.nciistats.returns.Gender;
import uk.nciistats.returns.HomeOfficeOutcome;
import uk.nciistats.returns.Outcome;
import uk.nciistats.returns.Platform;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What a free-text value of each field can be mapped to, as the wizard offers it: "(not known)"
 * first, then the field's values (forces by code with their name, outcomes and the Home Office
 * outcome types 0–22 with their titles, months...). Fields whose
 * values are open (ages, bands, days, several platforms) also take typed text in the
 * {@link uk.nciistats.dataimport.spreadsheet.FieldGrammar}.
 */
final class MeaningChoices {
    static final String NOT_KNOWN = "(not known)";
    private final Map<String, String> forceNames;

    MeaningChoices(List<Force> forces) {
        this.forceNames = forces.stream().collect(Collectors.toMap(Force::code, Force::name));
    }

    List<String> of(Field field) {
        var items = new ArrayList<String>();
        items.add(NOT_KNOWN);
        switch (field) {
            case FORCE -> items.addAll(forceNames.keySet().stream().sorted().toList());
            case DATE -> Arrays.stream(Month.values()).map(m -> m.getDisplayName(TextStyle.FULL, Locale.UK)
                    .toLowerCase(Locale.ROOT)).forEach(items::add);
            case GENDER -> items.addAll(names(Gender.values(), Gender::name));
            case OUTCOME -> {
                items.addAll(names(Outcome.values(), Outcome::name));
                HomeOfficeOutcome.all().forEach(o -> items.add(homeOfficeTarget(o)));
            }
            case PLATFORMS -> items.addAll(names(Platform.values(), Platform::name));
            case AGE, AGE_BAND -> { }
        }
        return items;
    }

    String label(Field field, String item) {
        if (field == Field.FORCE && forceNames.containsKey(item)) {
            return item + " " + forceNames.get(item);
        }
        return homeOffice(field, item).map(o -> o.label() + " → " + CategoryNames.of(o.outcome())).orElse(inWords(field, item));
    }

    /** A short label: a Home Office outcome by its number and the outcome it counts as ("Outcome 1 → Charged"). */
    static String shortLabel(Field field, String item) {
        return homeOffice(field, item).map(o -> "Outcome " + o.type() + " → " + CategoryNames.of(o.outcome()))
                .orElse(inWords(field, item));
    }

    /**
     * A category as people write it ("Female", "No further action", "Facebook, Snapchat"); anything
     * else (a month, a band, text typed in) as it is.
     */
    private static String inWords(Field field, String item) {
        return switch (field) {
            case GENDER -> named(item, Gender.class);
            case OUTCOME -> named(item, Outcome.class);
            case PLATFORMS -> Arrays.stream(item.split("[;,]")).map(String::strip)
                    .map(part -> named(part, Platform.class)).collect(Collectors.joining(", "));
            default -> item;
        };
    }

    private static <E extends Enum<E>> String named(String item, Class<E> categories) {
        return Arrays.stream(categories.getEnumConstants()).anyMatch(c -> c.name().equals(item)) ? CategoryNames.of(item) : item;
    }

    /** Whether choosing the item reads the value as OTHER, the catch-all. */
    static boolean isCatchAll(Field field, String item) {
        var parts = java.util.Arrays.stream(item.split("[;,]")).map(String::strip).toList();
        return parts.contains("OTHER") || homeOffice(field, item).map(o -> o.outcome() == Outcome.OTHER).orElse(false);
    }

    private static java.util.Optional<HomeOfficeOutcome> homeOffice(Field field, String item) {
        return field == Field.OUTCOME ? FieldGrammar.homeOfficeOutcome(CellText.normalise(item)) : java.util.Optional.empty();
    }

    private static String homeOfficeTarget(HomeOfficeOutcome o) {
        return "outcome " + o.type();
    }

    /** The mapping target of a chosen item: "" for not known. */
    static String target(String item) {
        return NOT_KNOWN.equals(item) ? "" : item.strip();
    }

    /** The item that shows a mapping target. */
    static String item(String target) {
        return target.isEmpty() ? NOT_KNOWN : target;
    }

    private static <E> List<String> names(E[] values, Function<E, String> name) {
        return Arrays.stream(values).map(name).toList();
    }
}
