package uk.nciistats.audit;

import org.junit.jupiter.api.Test;
import uk.nciistats.audit.ChangedFields.FieldChange;

import static org.assertj.core.api.Assertions.assertThat;

class ChangedFieldsTest {
    @Test
    void onlyTheFieldsThatChangedAreListedAndTheVersionIsLeftOut() {
        var changes = ChangedFields.of("{\"ref\":\"A\",\"source\":\"FOI 1\",\"version\":1,\"total\":3}",
                "{\"ref\":\"A\",\"source\":\"FOI 2\",\"version\":2,\"total\":3}");

        assertThat(changes).containsExactly(new FieldChange("source", "FOI 1", "FOI 2"));
    }

    @Test
    void cellsAreComparedOneByOne() {
        var changes = ChangedFields.of("{\"cells\":[\"TOTAL=42\",\"AGE 0-17=9\",\"AGE 18+=33\"]}",
                "{\"cells\":[\"TOTAL=43\",\"AGE 0-17=10\",\"AGE 18+=33\"]}");

        assertThat(changes).containsExactly(new FieldChange("cells TOTAL", "42", "43"),
                new FieldChange("cells AGE 0-17", "9", "10"));
    }

    @Test
    void aChangedReportIsComparedFieldByField() {
        var changes = ChangedFields.of("{\"report\":{\"id\":5,\"victimAge\":15,\"platforms\":[\"FACEBOOK\"]}}",
                "{\"report\":{\"id\":5,\"victimAge\":16,\"platforms\":[\"FACEBOOK\",\"SNAPCHAT\"]}}");

        assertThat(changes).containsExactly(new FieldChange("report victimAge", "15", "16"),
                new FieldChange("report platforms", "FACEBOOK", "FACEBOOK; SNAPCHAT"));
    }

    @Test
    void aCreationHasEveryFieldNewAndAnEmptyValueIsEmptyText() {
        assertThat(ChangedFields.of(null, "{\"ref\":\"A\",\"receivedOn\":null}"))
                .containsExactly(new FieldChange("ref", "", "A"));
    }
}
