package uk.nciistats.returns;

import java.util.List;

/**
 * A boolean condition on reports (the {@code where} of the {@code reports} query): and, or, not,
 * and comparisons of one field with values.
 */
public sealed interface ReportCondition {

    enum Field { VICTIM_AGE, REPORTED_ON, VICTIM_GENDER, OUTCOME, PLATFORM, FORCE_CODE, OFFENCE_CODE, REGION, COUNTRY,
        RETURN_STATUS,
        /** The id of the report's return: the reports of one return (the console's return page). */
        RETURN_ID }

    enum Op { EQ, NEQ, IN, LT, LTE, GT, GTE, IS_NULL }

    record And(List<ReportCondition> all) implements ReportCondition {
    }

    record Or(List<ReportCondition> any) implements ReportCondition {
    }

    record Not(ReportCondition condition) implements ReportCondition {
    }

    /** {@code field op value}; IN takes a list; IS_NULL takes a Boolean (true: is null, false: is not). */
    record Compare(Field field, Op op, Object value) implements ReportCondition {
    }
}
