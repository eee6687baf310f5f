package uk.nciistats.graphql;

import org.eclipse.microprofile.graphql.Input;
import uk.nciistats.cohort.AskedQuestion;
import uk.nciistats.reference.Country;
import uk.nciistats.returns.Gender;
import uk.nciistats.returns.Outcome;
import uk.nciistats.returns.Platform;
import uk.nciistats.returns.ReturnStatus;

import java.time.LocalDate;
import java.util.List;

/** The inputs of cohort questions, as the contract names them. */
final class CohortInputs {
    private CohortInputs() {
    }

    @Input("AgeBandInput")
    public static class AgeBandInput {
        public Integer min;
        public Integer max;

        AskedQuestion.Band band() {
            return new AskedQuestion.Band(min, max);
        }
    }

    @Input("CohortFilter")
    public static class CohortFilter {
        public List<String> forces;
        public List<String> regions;
        public List<Country> countries;
        public List<String> offences;
        public LocalDate from;
        public LocalDate to;
        public List<AgeBandInput> ageBands;
        public List<Outcome> outcomes;
        public List<Platform> platforms;
        public List<Gender> genders;
        public List<ReturnStatus> statuses;

        AskedQuestion.Filter filter() {
            return new AskedQuestion.Filter(forces, regions, countries, offences, from, to, bands(ageBands), outcomes,
                    platforms, genders, statuses);
        }
    }

    static List<AskedQuestion.Band> bands(List<AgeBandInput> inputs) {
        return inputs == null ? null : inputs.stream().map(b -> b == null ? new AskedQuestion.Band(null, null) : b.band()).toList();
    }
}
