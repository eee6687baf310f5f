package uk.nciistats.console.wizard;

import jakarta.persistence.PersistenceException;
import org.junit.jupiter.api.Test;
import uk.nciistats.errors.ValidationException;

import java.util.concurrent.CompletionException;

import static org.assertj.core.api.Assertions.assertThat;

class ImportFailuresTest {

    @Test
    void anImportTheDomainRefusedIsExplainedInTheDomainsOwnWords() {
        var refusal = new CompletionException(new ValidationException("file", "the file has 2 values no mapping covers"));

        assertThat(ImportFailures.sentence(refusal)).isEqualTo("the file has 2 values no mapping covers");
    }

    @Test
    void anyOtherFailureIsASentenceThatNamesNoClassTableOrSql() {
        var failure = new CompletionException(new PersistenceException("Exception [EclipseLink-4002]"
                + " (Eclipse Persistence Services - 4.0.9): org.eclipse.persistence.exceptions.DatabaseException"
                + " Internal Exception: org.h2.jdbc.JdbcSQLIntegrityConstraintViolationException: Unique index or"
                + " primary key violation: \"PUBLIC.UK_RETURN_REF ON PUBLIC.DATA_RETURN(REF)\"; SQL statement: INSERT"));

        assertThat(ImportFailures.sentence(failure)).isEqualTo(ImportFailures.UNEXPECTED)
                .doesNotContainPattern("(?i)exception|eclipse|sql|[a-z]+\\.[a-z]+\\.[a-z]+");
    }
}
