package uk.nciistats.graphql;

import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import uk.nciistats.errors.TooComplexException;
import uk.nciistats.errors.ValidationException;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.ToLongFunction;

/**
 * What the costliest operation of a document asks for with its fragments expanded: the fields on
 * its deepest path, and its fields in all, each weighing what {@code weight} says. Each fragment is
 * measured once and remembered, so a document whose fragments double at every level costs no more
 * to measure than to read; the numbers saturate instead of overflowing.
 */
final class DocumentCost {
    /** Selection sets and fragment spreads on one path, beyond which nothing is measured. */
    static final int MAX_NESTING = 200;
    private static final long SATURATED = Long.MAX_VALUE / 2;

    /** Fields on the deepest path, and the weight of all fields. */
    record Cost(int depth, long fields) {
        static final Cost NONE = new Cost(0, 0);

        Cost max(Cost other) {
            return new Cost(Math.max(depth, other.depth), Math.max(fields, other.fields));
        }
    }

    private final Map<String, FragmentDefinition> fragments = new HashMap<>();
    private final Map<String, Cost> measured = new HashMap<>();
    private final Set<String> measuring = new HashSet<>();
    private final ToLongFunction<Field> weight;

    private DocumentCost(Document document, ToLongFunction<Field> weight) {
        this.weight = weight;
        document.getDefinitionsOfType(FragmentDefinition.class).forEach(f -> fragments.putIfAbsent(f.getName(), f));
    }

    /** The deepest and the largest of the document's operations. */
    static Cost of(Document document, ToLongFunction<Field> weight) {
        var cost = new DocumentCost(document, weight);
        var worst = Cost.NONE;
        for (var operation : document.getDefinitionsOfType(OperationDefinition.class)) {
            worst = worst.max(cost.of(operation.getSelectionSet(), 1));
        }
        return worst;
    }

    private Cost of(SelectionSet set, int nesting) {
        if (set == null) {
            return Cost.NONE;
        }
        if (nesting > MAX_NESTING) {
            throw new TooComplexException("query", "the query nests selections and fragments more than "
                    + MAX_NESTING + " deep");
        }
        int depth = 0;
        long fields = 0;
        for (Selection<?> selection : set.getSelections()) {
            var cost = of(selection, nesting);
            depth = Math.max(depth, cost.depth());
            fields = plus(fields, cost.fields());
        }
        return new Cost(depth, fields);
    }

    private Cost of(Selection<?> selection, int nesting) {
        if (selection instanceof Field field) {
            var inner = of(field.getSelectionSet(), nesting + 1);
            return new Cost(inner.depth() + 1, plus(inner.fields(), weight.applyAsLong(field)));
        }
        if (selection instanceof InlineFragment inline) {
            return of(inline.getSelectionSet(), nesting + 1);
        }
        if (selection instanceof FragmentSpread spread) {
            return fragment(spread.getName(), nesting + 1);
        }
        return Cost.NONE;
    }

    private Cost fragment(String name, int nesting) {
        var known = measured.get(name);
        if (known != null) {
            return known;
        }
        var definition = fragments.get(name);
        if (definition == null) {
            return Cost.NONE; // the schema check names the unknown fragment
        }
        if (!measuring.add(name)) {
            throw new ValidationException("query", "the fragment " + name + " spreads itself");
        }
        var cost = of(definition.getSelectionSet(), nesting);
        measuring.remove(name);
        measured.put(name, cost);
        return cost;
    }

    private static long plus(long a, long b) {
        return Math.min(SATURATED, a + b);
    }
}
