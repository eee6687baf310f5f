package uk.nciistats.graphql;

import graphql.Scalars;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLScalarType;
import jakarta.json.Json;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BadValueTest {
    private static final GraphQLScalarType DATE = GraphQLScalarType.newScalar().name("Date")
            .coercing(new graphql.schema.Coercing<Object, Object>() { }).build();
    private static final GraphQLEnumType GENDER = GraphQLEnumType.newEnum().name("Gender").value("FEMALE").value("MALE").build();
    private static final GraphQLInputObjectType REPORT = GraphQLInputObjectType.newInputObject().name("ReportInput")
            .field(field("reportedOn", DATE))
            .field(field("victimAge", Scalars.GraphQLInt))
            .field(field("victimGender", GENDER))
            .field(field("ref", GraphQLNonNull.nonNull(Scalars.GraphQLString)))
            .build();

    @Test
    void aDateThatIsNoDateIsQuotedWithWhereItIs() {
        var value = Json.createObjectBuilder().add("ref", "R").add("reportedOn", "2058-13-01").build();

        assertThat(BadValue.in(value, REPORT, "$in")).hasValueSatisfying(message ->
                assertThat(message).startsWith("$in.reportedOn: '2058-13-01' is not a date"));
    }

    @Test
    void aNumberTooLargeForAnIntIsNamedInAList() {
        var value = Json.createArrayBuilder().add(Json.createObjectBuilder().add("ref", "R"))
                .add(Json.createObjectBuilder().add("ref", "R").add("victimAge", 2_000_000_000_000L)).build();

        assertThat(BadValue.in(value, GraphQLList.list(REPORT), "$reports")).hasValueSatisfying(message ->
                assertThat(message).startsWith("$reports[1].victimAge: '2000000000000' is not an Int"));
    }

    @Test
    void aMissingRequiredFieldAnUnknownFieldAndAnUnknownEnumValueAreEachSaid() {
        assertThat(BadValue.in(Json.createObjectBuilder().build(), REPORT, "$in")).hasValue("$in.ref is required");
        assertThat(BadValue.in(Json.createObjectBuilder().add("ref", "R").add("colour", "red").build(), REPORT, "$in"))
                .hasValueSatisfying(message -> assertThat(message).contains("has no field 'colour'"));
        assertThat(BadValue.in(Json.createObjectBuilder().add("ref", "R").add("victimGender", "X").build(), REPORT, "$in"))
                .hasValueSatisfying(message -> assertThat(message).contains("'X' is not one of [FEMALE, MALE]"));
    }

    @Test
    void aValueThatFitsHasNothingToSay() {
        var value = Json.createObjectBuilder().add("ref", "R").add("reportedOn", "2016-02-29").add("victimAge", 17)
                .add("victimGender", "FEMALE").build();

        assertThat(BadValue.in(value, REPORT, "$in")).isEmpty();
    }

    private static GraphQLInputObjectField field(String name, graphql.schema.GraphQLInputType type) {
        return GraphQLInputObjectField.newInputObjectField().name(name).type(type).build();
    }
}
