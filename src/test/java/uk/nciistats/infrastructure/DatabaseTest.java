package uk.nciistats.infrastructure;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DatabaseTest {

    @Test
    void noUrlMeansTheEmbeddedDatabaseWithoutASchemaOfItsOwn() {
        var database = new Database(Optional.empty());

        assertThat(database.kind()).isEqualTo(Database.Kind.EMBEDDED);
        assertThat(database.schema()).isEmpty();
    }

    @Test
    void aPostgresqlUrlWithoutCurrentSchemaUsesTheUsersDefaultSchema() {
        var database = new Database(Optional.of("jdbc:postgresql://db:5432/ncii?ssl=true"));

        assertThat(database.kind()).isEqualTo(Database.Kind.POSTGRESQL);
        assertThat(database.schema()).isEmpty();
    }

    @Test
    void theSchemaIsTheFirstOfCurrentSchemaWhereverItStandsInTheQuery() {
        assertThat(Database.schemaOf("jdbc:postgresql://127.0.0.1:5432/test?currentSchema=ncii_it")).contains("ncii_it");
        assertThat(Database.schemaOf("jdbc:postgresql://h/db?ssl=true&currentSchema=stats%2Cpublic&x=1")).contains("stats");
        assertThat(Database.schemaOf("jdbc:postgresql://h/db?currentSchema=")).isEmpty();
        assertThat(Database.schemaOf("jdbc:postgresql://h/db?currentSchemaX=a")).isEmpty();
    }

    @Test
    void anyOtherKindOfUrlIsRefusedAtStart() {
        assertThatThrownBy(() -> new Database(Optional.of("jdbc:mysql://h/db")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("NCII_DB_URL");
    }
}
