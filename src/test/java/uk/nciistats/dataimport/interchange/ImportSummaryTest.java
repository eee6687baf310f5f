package uk.nciistats.dataimport.interchange;

import jakarta.json.Json;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The IMPORT audit entry stays far inside its column however many and however long the references are. */
class ImportSummaryTest {
    /** The audit log's after_state column. */
    private static final int COLUMN_CHARS = 1_000_000;

    private static String json(Map<String, Object> summary) {
        return Json.createObjectBuilder(summary).build().toString();
    }

    private static String ref(int i) {
        return String.format("%064d", i);
    }

    @Test
    void aHundredThousandReferencesOf64CharactersAreCutToTheBudgetAndTheRestCounted() {
        var ids = new LinkedHashMap<String, Long>();
        IntStream.range(0, 100_000).forEach(i -> ids.put(ref(i), 9_000_000_000L + i));
        var replaced = ids.keySet().stream().limit(50_000).toList();
        var added = new LinkedHashMap<String, Long>();
        IntStream.range(100_000, 120_000).forEach(i -> added.put(ref(i), 1_000_000L));

        var summary = new ImportSummary(100_000, 5_000_000, 0).map("returnIds", ids, "returnsNotListed")
                .list("replaced", replaced, "replacedNotListed")
                .map("reportsAddedToStoredReturns", added, "storedReturnsNotListed").toMap();

        var text = json(summary);
        assertThat(text.length()).isLessThanOrEqualTo(ImportSummary.MAX_LISTED_CHARS + 1_000).isLessThan(COLUMN_CHARS);
        @SuppressWarnings("unchecked") var listedIds = (Map<String, Long>) summary.get("returnIds");
        assertThat(listedIds).isNotEmpty();
        assertThat(listedIds.size() + (int) summary.get("returnsNotListed")).isEqualTo(100_000);
        assertThat(listedIds.keySet()).startsWith(ref(0), ref(1));
        assertThat(((List<?>) summary.get("replaced")).size() + (int) summary.get("replacedNotListed")).isEqualTo(50_000);
        assertThat(((Map<?, ?>) summary.get("reportsAddedToStoredReturns")).size()
                + (int) summary.get("storedReturnsNotListed")).isEqualTo(20_000);
        assertThat(summary).doesNotContainKey("returnRefs");
    }

    @Test
    void aSmallImportIsListedWholeWithoutCountsOfWhatIsLeftOut() {
        var ids = new LinkedHashMap<String, Long>();
        ids.put("KENT-2016", 51L);
        ids.put("MET \"2016\"", 52L);

        var summary = new ImportSummary(2, 3, 0).map("returnIds", ids, "returnsNotListed")
                .list("replaced", List.of("KENT-2016"), "replacedNotListed")
                .map("reportsAddedToStoredReturns", Map.of(), "storedReturnsNotListed").toMap();

        assertThat(summary).containsOnlyKeys("returns", "reports", "counts", "returnIds", "replaced",
                "reportsAddedToStoredReturns");
        assertThat(summary.get("returnIds")).isEqualTo(ids);
        assertThat(json(summary)).contains("\"MET \\\"2016\\\"\":52");
    }

    @Test
    void theLengthCountedForAReferenceIsNeverLessThanItsJson() {
        for (var ref : List.of("KENT-2016", "a\"b\\c", "tab\there", "Ynys Môn – 2016", "emoji \uD83D\uDE00")) {
            var asJson = Json.createArrayBuilder().add(ref).build().toString();
            assertThat(ImportSummary.jsonLength(ref)).as(ref).isGreaterThanOrEqualTo(asJson.length() - 2);
        }
    }
}
