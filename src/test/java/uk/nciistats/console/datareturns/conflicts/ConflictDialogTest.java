package uk.nciistats.console.datareturns.conflicts;

import org.junit.jupiter.api.Test;
import uk.nciistats.console.datareturns.conflicts.FieldConflict.Side;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ConflictDialogTest {
    private final Map<String, String> opened = Map.of("source", "FOI 1", "receivedOn", "", "ref", "KENT");
    private final Map<String, String> stored = Map.of("source", "FOI 1 (corrected)", "receivedOn", "2030-02-01", "ref", "KENT");
    private final Map<String, String> mine = Map.of("source", "FOI 1", "receivedOn", "2030-03-01", "ref", "KENT-2030");
    private final List<FieldConflict> conflicts = FieldConflict.between(opened, stored, mine, labels());
    private final ConflictDialog dialog = new ConflictDialog("return KENT", "editor2", conflicts);
    private final List<Map<String, Side>> resolved = new ArrayList<>();

    ConflictDialogTest() {
        dialog.addResolvedListener(e -> resolved.add(e.choices()));
    }

    @Test
    void everyFieldWhereTheStoredValueAndMineDifferIsListedWithWhoseValueIsKeptByDefault() {
        assertThat(conflicts).extracting(c -> c.label() + ": " + c.opened() + " | " + c.stored() + " | " + c.mine() + " -> " + c.keep())
                .containsExactly("Reference: KENT | KENT | KENT-2030 -> MINE",
                        "Source: FOI 1 | FOI 1 (corrected) | FOI 1 -> STORED",
                        "Received on:  | 2030-02-01 | 2030-03-01 -> MINE");
    }

    @Test
    void keepingOneFieldOfEachSideMergesThemOnTopOfTheStoredValues() {
        dialog.choices.get("receivedOn").setValue(Side.STORED);

        dialog.save.click();

        var merged = FieldConflict.merge(stored, mine, resolved.get(0));
        assertThat(merged).containsEntry("ref", "KENT-2030").containsEntry("source", "FOI 1 (corrected)")
                .containsEntry("receivedOn", "2030-02-01");
    }

    @Test
    void keepMyChangesKeepsEveryFieldIChangedAndTheirsWhereIChangedNothing() {
        dialog.choices.get("ref").setValue(Side.STORED);

        dialog.keepMine.click();

        assertThat(resolved.get(0)).containsEntry("ref", Side.MINE).containsEntry("receivedOn", Side.MINE)
                .containsEntry("source", Side.STORED);
    }

    @Test
    void reloadingResolvesNothing() {
        var reloaded = new ArrayList<Object>();
        dialog.addReloadListener(reloaded::add);

        dialog.reload.click();

        assertThat(resolved).isEmpty();
        assertThat(reloaded).hasSize(1);
    }

    private static Map<String, String> labels() {
        var labels = new LinkedHashMap<String, String>();
        labels.put("ref", "Reference");
        labels.put("source", "Source");
        labels.put("receivedOn", "Received on");
        return labels;
    }
}
