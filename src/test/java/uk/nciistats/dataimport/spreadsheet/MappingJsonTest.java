package uk.nciistats.dataimport.spreadsheet;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MappingJsonTest {

    @Test
    void aMappingSurvivesBeingWrittenAndReadBack() {
        var mapping = new Mapping("Kent quarterly", Map.of(Field.FORCE, List.of("Force"),
                Field.PLATFORMS, List.of("Used", "additional (2)")),
                new ReturnDefaults("KENT", null, LocalDate.of(2016, 1, 1), LocalDate.of(2016, 3, 31), "FOI 1", null),
                Set.of("nn", "n/k"), Map.of(Field.OUTCOME, Map.of("No Action", "NO_FURTHER_ACTION")),
                MonthDates.UNDATED);

        var back = MappingJson.read(MappingJson.write(mapping));

        assertThat(back).isEqualTo(mapping);
        assertThat(back.valuesOf(Field.OUTCOME)).containsEntry("no action", "NO_FURTHER_ACTION");
    }

    @Test
    void theBuiltInMappingIsReadFromItsShippedJson() {
        var bbc = BuiltInMappings.named(BuiltInMappings.BBC_2015).orElseThrow();

        assertThat(bbc.columnsOf(Field.PLATFORMS)).containsExactly("Used", "additional", "additional (2)", "additional (3)");
        assertThat(bbc.valuesOf(Field.FORCE)).hasSize(31);
        assertThat(BuiltInMappings.isBuiltIn(" BBC Data Unit 2015 ")).isTrue();
    }

    @Test
    void somethingThatIsNotAMappingIsRefusedSayingSo() {
        assertThatThrownBy(() -> MappingJson.read("{\"columns\": {\"SHOE_SIZE\": [\"x\"]}}"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MappingJson.read("[1, 2"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("not a mapping");
    }
}
