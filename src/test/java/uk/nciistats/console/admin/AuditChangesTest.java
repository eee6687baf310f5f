package uk.nciistats.console.admin;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AuditChangesTest {
    @Test
    void aReturnEnteredByHandIsCreatedAndOneBroughtInByAnImportIsImported() {
        assertThat(AuditChanges.summary(null, "{\"ref\":\"KENT-2016\",\"status\":\"DRAFT\"}"))
                .isEqualTo("created (open the row for every field)");
        assertThat(AuditChanges.summary(null, "{\"ref\":\"SUSSEX-2016\",\"status\":\"DRAFT\",\"imported\":true}"))
                .isEqualTo("imported (open the row for every field)");
    }

    @Test
    void aChangeSaysEachChangedFieldBeforeAndAfterButNotTheVersion() {
        assertThat(AuditChanges.summary("{\"status\":\"DRAFT\",\"version\":3}", "{\"status\":\"VERIFIED\",\"version\":4}"))
                .isEqualTo("status DRAFT → VERIFIED");
    }
}
