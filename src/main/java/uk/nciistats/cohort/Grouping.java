package uk.nciistats.cohort;

import java.util.ArrayList;
import java.util.List;

/**
 * How an answer is grouped: one {@link Axis} per grouping dimension in the question's order, the
 * calendar dimension among them, and for every age the question's bands that hold it (bands may
 * overlap or leave gaps, §4).
 */
final class Grouping {
    final Axis[] axes;
    final CalendarBuckets calendar;
    /** For every age 0–120, the indexes (along the AGE_BAND axis) of the question's bands holding it. */
    final int[][] bandsOfAge;

    Grouping(CohortQuestion question, List<ReturnFacts> returns, ReportFilter filter) {
        var dimensions = question.groupBy();
        int calendarAt = CalendarBuckets.positionIn(dimensions);
        int[] ordinals = calendarAt < 0 ? new int[] {0, -1}
                : CalendarBuckets.span(dimensions.get(calendarAt), returns, filter);
        this.axes = new Axis[dimensions.size()];
        for (int i = 0; i < dimensions.size(); i++) {
            axes[i] = Axis.of(dimensions.get(i), returns, question, ordinals[0], ordinals[1]);
        }
        this.calendar = new CalendarBuckets(calendarAt, calendarAt < 0 ? null : axes[calendarAt], filter);
        this.bandsOfAge = bandsOfAge(question);
    }

    private static int[][] bandsOfAge(CohortQuestion question) {
        var result = new int[121][];
        for (int age = 0; age <= 120; age++) {
            var in = new ArrayList<Integer>();
            for (int b = 0; b < question.bands().size(); b++) {
                var band = question.bands().get(b);
                if (age >= band.min() && age <= band.max()) {
                    in.add(b);
                }
            }
            result[age] = in.stream().mapToInt(Integer::intValue).toArray();
        }
        return result;
    }
}
