package uk.nciistats.console.datareturns.counts;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import uk.nciistats.console.datareturns.conflicts.ConflictDialog;
import uk.nciistats.console.datareturns.conflicts.FieldConflict;
import uk.nciistats.console.layout.Notices;
import uk.nciistats.errors.ConflictException;
import uk.nciistats.errors.DomainException;
import uk.nciistats.errors.ValidationException;
import uk.nciistats.returns.CountCell;
import uk.nciistats.returns.PublishedCells;
import uk.nciistats.returns.ReturnService;
import uk.nciistats.returns.ReturnStatus;
import uk.nciistats.returns.StoredReturn;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The presenter of an AGGREGATE return's counts: shows the stored cells in a {@link CountsEditor},
 * saves them through {@link ReturnService#setCounts} at the version the user opened, shows the
 * server's refusal on the cells, and when someone else saved first, opens a {@link ConflictDialog}
 * cell by cell and saves the user's choices on top of the newer version.
 */
public class CountsSection extends Composite<VerticalLayout> {
    private final ReturnService returns;
    private final Consumer<StoredReturn> changed;
    private final CountsEditor editor = new CountsEditor();
    private StoredReturn opened;

    /** {@code changed} hears of every stored change (the page shows the new version). */
    public CountsSection(ReturnService returns, Consumer<StoredReturn> changed) {
        this.returns = returns;
        this.changed = changed;
        editor.addSaveListener(e -> save(opened.version(), e.cells()));
        getContent().setPadding(false);
        getContent().add(editor);
    }

    public void show(StoredReturn r) {
        opened = r;
        editor.edit(r.counts(), r.status() != ReturnStatus.PUBLISHED);
    }

    private void save(int version, List<PublishedCells.Input> cells) {
        try {
            var saved = returns.setCounts(opened.id(), version, cells);
            Notices.done("Saved the counts of return " + saved.ref() + ".");
            changed.accept(saved);
        } catch (ValidationException e) {
            editor.showRefusal(e.field(), e.getMessage());
        } catch (ConflictException e) {
            resolve(returns.get(opened.id()));
        } catch (DomainException e) {
            Notices.refused(e.getMessage());
        }
    }

    /** Someone saved {@code stored} after the user opened {@link #opened}: the user chooses cell by cell. */
    private void resolve(StoredReturn stored) {
        var mine = editor.cellsByKey();
        var conflicts = FieldConflict.between(byKey(opened.counts()), byKey(stored.counts()), mine, Map.of());
        if (conflicts.isEmpty()) { // they stored what the user typed: nothing to choose
            changed.accept(stored);
            return;
        }
        var dialog = new ConflictDialog("the counts of return " + stored.ref(), stored.lastChangedBy(), conflicts);
        dialog.addResolvedListener(e -> {
            var merged = FieldConflict.merge(byKey(stored.counts()), mine, e.choices());
            opened = stored;
            editor.edit(cells(merged), true);
            save(stored.version(), editor.cells());
        });
        dialog.addReloadListener(e -> changed.accept(stored));
        dialog.open();
    }

    private static Map<String, String> byKey(List<CountCell> cells) {
        var byKey = new LinkedHashMap<String, String>();
        cells.forEach(c -> byKey.put(CountsEditor.key(c.dimension(), c.category()), Integer.toString(c.count())));
        return byKey;
    }

    private static List<CountCell> cells(Map<String, String> byKey) {
        var cells = new ArrayList<CountCell>();
        byKey.forEach((key, count) -> {
            var parts = key.split(" ", 2);
            cells.add(new CountCell(uk.nciistats.returns.CountDimension.valueOf(parts[0]),
                    parts.length > 1 ? parts[1] : "", Integer.parseInt(count)));
        });
        return cells;
    }
}
