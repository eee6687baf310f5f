package uk.nciistats.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.time.LocalDate;

/** A return's description as {@code createReturn} and {@code updateReturn} take it ({@code ReturnInput}). */
public record ReturnSpec(String ref, String forceCode, String offenceCode, LocalDate periodStart, LocalDate periodEnd,
                         String granularity, String source) {
    public static final String KENT = "E23000032";

    /** Kent's published cells for the whole of {@code year}. */
    public static ReturnSpec aggregate(int year) {
        return new ReturnSpec(TestServer.uniqueRef("AGG"), KENT, null, LocalDate.of(year, 1, 1),
                LocalDate.of(year, 12, 31), "AGGREGATE", "FOI 2024/0815");
    }

    /** Kent's record-level reports for the whole of {@code year}. */
    public static ReturnSpec records(int year) {
        return aggregate(year).withRef(TestServer.uniqueRef("REC")).withGranularity("RECORDS");
    }

    /** The description of a return as the API answered it, ready to change and send back. */
    public static ReturnSpec of(JsonObject dataReturn) {
        return new ReturnSpec(dataReturn.getString("ref"), dataReturn.getJsonObject("force").getString("code"),
                dataReturn.getJsonObject("offence").getString("code"), LocalDate.parse(dataReturn.getString("periodStart")),
                LocalDate.parse(dataReturn.getString("periodEnd")), dataReturn.getString("granularity"),
                dataReturn.getString("source"));
    }

    public ReturnSpec withRef(String newRef) {
        return new ReturnSpec(newRef, forceCode, offenceCode, periodStart, periodEnd, granularity, source);
    }

    public ReturnSpec withForce(String code) {
        return new ReturnSpec(ref, code, offenceCode, periodStart, periodEnd, granularity, source);
    }

    public ReturnSpec withOffence(String code) {
        return new ReturnSpec(ref, forceCode, code, periodStart, periodEnd, granularity, source);
    }

    public ReturnSpec withPeriod(LocalDate start, LocalDate end) {
        return new ReturnSpec(ref, forceCode, offenceCode, start, end, granularity, source);
    }

    public ReturnSpec withGranularity(String newGranularity) {
        return new ReturnSpec(ref, forceCode, offenceCode, periodStart, periodEnd, newGranularity, source);
    }

    public ReturnSpec withSource(String newSource) {
        return new ReturnSpec(ref, forceCode, offenceCode, periodStart, periodEnd, granularity, newSource);
    }

    public JsonObject json() {
        var input = Json.createObjectBuilder().add("ref", ref).add("forceCode", forceCode)
                .add("periodStart", periodStart.toString()).add("periodEnd", periodEnd.toString())
                .add("granularity", granularity).add("source", source);
        if (offenceCode != null) {
            input.add("offenceCode", offenceCode);
        }
        return input.build();
    }
}
