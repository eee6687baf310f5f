package uk.nciistats.cohort;

import uk.nciistats.reference.Country;
import uk.nciistats.returns.AgeRange;
import uk.nciistats.returns.Gender;
import uk.nciistats.returns.Outcome;
import uk.nciistats.returns.Platform;
import uk.nciistats.returns.ReturnStatus;

import java.time.LocalDate;
import java.util.List;

/**
 * A cohort question as a caller asked it (GraphQL's {@code cohortStats} arguments, an export's URL
 * parameters, the dashboard's filters), before {@link CohortQuestionRules} checks it and makes it a
 * {@link CohortQuestion}. A part left null was not asked.
 */
public record AskedQuestion(Filter filter, List<Dimension> groupBy, List<Band> ageBands, ShareBase shareBase) {

    /** Only a filter: no grouping, the default bands and shares. */
    public static AskedQuestion filtered(Filter filter) {
        return new AskedQuestion(filter, null, null, null);
    }

    /** The filter as asked; null fields do not restrict. */
    public record Filter(List<String> forces, List<String> regions, List<Country> countries, List<String> offences,
                         LocalDate from, LocalDate to, List<Band> ageBands, List<Outcome> outcomes,
                         List<Platform> platforms, List<Gender> genders, List<ReturnStatus> statuses) {
        /** A filter that restricts nothing. */
        public static final Filter NONE = new Filter(null, null, null, null, null, null, null, null, null, null, null);
    }

    /**
     * A band as asked: either bound may be missing. {@code unreadable} holds text that was given for
     * a band but is not one (the rules refuse it, naming the argument); null otherwise.
     */
    public record Band(Integer min, Integer max, String unreadable) {
        public Band(Integer min, Integer max) {
            this(min, max, null);
        }

        /**
         * A band written as text, as URL parameters give it: {@code LO-HI} ({@code 0-17}), {@code LO+}
         * ({@code 25+}) or one age ({@code 16}); the bounds are checked with the other bands'.
         */
        public static Band written(String text) {
            return AgeRange.read(text, true).map(w -> new Band(w.min(), w.max()))
                    .orElseGet(() -> new Band(null, null, text));
        }
    }
}
