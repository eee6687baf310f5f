package uk.nciistats.graphql;

import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import uk.nciistats.errors.ValidationException;
import uk.nciistats.reference.Country;
import uk.nciistats.returns.Gender;
import uk.nciistats.returns.Outcome;
import uk.nciistats.returns.Platform;
import uk.nciistats.returns.ReportCondition;
import uk.nciistats.returns.ReportCondition.Compare;
import uk.nciistats.returns.ReportCondition.Field;
import uk.nciistats.returns.ReportCondition.Op;
import uk.nciistats.returns.ReportOrder;
import uk.nciistats.returns.ReturnStatus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The {@code where} and {@code orderBy} of the {@code reports} query. */
final class ReportInputs {
    private ReportInputs() {
    }

    /** A boolean expression over reports: and, or, not, and comparisons per field (all given must hold). */
    @Input("ReportWhere")
    public static class ReportWhere {
        public List<ReportWhere> and;
        public List<ReportWhere> or;
        public ReportWhere not;
        public IntComparison victimAge;
        public DateComparison reportedOn;
        public GenderComparison victimGender;
        public OutcomeComparison outcome;
        public PlatformComparison platform;
        public StringComparison forceCode;
        public StringComparison region;
        public CountryComparison country;
        public StatusComparison returnStatus;

        /** Levels of and, or and not, this one counted: a comparison alone is 1. */
        int depth() {
            return 1 + Math.max(not == null ? 0 : not.depth(), Math.max(deepest(and), deepest(or)));
        }

        private static int deepest(List<ReportWhere> wheres) {
            return wheres == null ? 0 : wheres.stream().filter(w -> w != null).mapToInt(ReportWhere::depth).max().orElse(0);
        }

        ReportCondition condition() {
            var all = new ArrayList<ReportCondition>();
            if (and != null) {
                all.add(new ReportCondition.And(and.stream().map(ReportWhere::condition).toList()));
            }
            if (or != null) {
                all.add(new ReportCondition.Or(or.stream().map(ReportWhere::condition).toList()));
            }
            if (not != null) {
                all.add(new ReportCondition.Not(not.condition()));
            }
            add(all, Field.VICTIM_AGE, victimAge == null ? null : victimAge.ops(), "where.victimAge");
            add(all, Field.REPORTED_ON, reportedOn == null ? null : reportedOn.ops(), "where.reportedOn");
            add(all, Field.VICTIM_GENDER, victimGender == null ? null : victimGender.ops(), "where.victimGender");
            add(all, Field.OUTCOME, outcome == null ? null : outcome.ops(), "where.outcome");
            add(all, Field.PLATFORM, platform == null ? null : platform.ops(), "where.platform");
            add(all, Field.FORCE_CODE, forceCode == null ? null : forceCode.ops(), "where.forceCode");
            add(all, Field.REGION, region == null ? null : region.ops(), "where.region");
            add(all, Field.COUNTRY, country == null ? null : country.ops(), "where.country");
            add(all, Field.RETURN_STATUS, returnStatus == null ? null : returnStatus.ops(), "where.returnStatus");
            return all.size() == 1 ? all.get(0) : new ReportCondition.And(all);
        }

        private static void add(List<ReportCondition> all, Field field, List<Object[]> ops, String at) {
            if (ops == null) {
                return;
            }
            if (ops.isEmpty()) {
                throw new ValidationException(at, "a comparison needs one of eq, neq, in, lt, lte, gt, gte, isNull");
            }
            for (var op : ops) {
                if (op[0] == Op.IN && ((List<?>) op[1]).isEmpty()) {
                    throw new ValidationException(at + ".in", "an empty list matches nothing");
                }
                all.add(new Compare(field, (Op) op[0], op[1]));
            }
        }
    }

    /** The operators given, as (op, value) pairs. */
    static List<Object[]> ops(Object eq, Object neq, List<?> in, Object lt, Object lte, Object gt, Object gte, Boolean isNull) {
        var ops = new ArrayList<Object[]>();
        if (eq != null) {
            ops.add(new Object[] {Op.EQ, eq});
        }
        if (neq != null) {
            ops.add(new Object[] {Op.NEQ, neq});
        }
        if (in != null) {
            ops.add(new Object[] {Op.IN, in});
        }
        if (lt != null) {
            ops.add(new Object[] {Op.LT, lt});
        }
        if (lte != null) {
            ops.add(new Object[] {Op.LTE, lte});
        }
        if (gt != null) {
            ops.add(new Object[] {Op.GT, gt});
        }
        if (gte != null) {
            ops.add(new Object[] {Op.GTE, gte});
        }
        if (isNull != null) {
            ops.add(new Object[] {Op.IS_NULL, isNull});
        }
        return ops;
    }

    @Input("IntComparison")
    public static class IntComparison {
        public Integer eq;
        public Integer neq;
        public List<Integer> in;
        public Integer lt;
        public Integer lte;
        public Integer gt;
        public Integer gte;
        public Boolean isNull;

        List<Object[]> ops() {
            return ReportInputs.ops(eq, neq, in, lt, lte, gt, gte, isNull);
        }
    }

    @Input("DateComparison")
    public static class DateComparison {
        public LocalDate eq;
        public LocalDate neq;
        public List<LocalDate> in;
        public LocalDate lt;
        public LocalDate lte;
        public LocalDate gt;
        public LocalDate gte;
        public Boolean isNull;

        List<Object[]> ops() {
            return ReportInputs.ops(eq, neq, in, lt, lte, gt, gte, isNull);
        }
    }

    @Input("StringComparison")
    public static class StringComparison {
        public String eq;
        public String neq;
        public List<String> in;

        List<Object[]> ops() {
            return ReportInputs.ops(eq, neq, in, null, null, null, null, null);
        }
    }

    @Input("GenderComparison")
    public static class GenderComparison {
        public Gender eq;
        public Gender neq;
        public List<Gender> in;

        List<Object[]> ops() {
            return ReportInputs.ops(eq, neq, in, null, null, null, null, null);
        }
    }

    @Input("OutcomeComparison")
    public static class OutcomeComparison {
        public Outcome eq;
        public Outcome neq;
        public List<Outcome> in;

        List<Object[]> ops() {
            return ReportInputs.ops(eq, neq, in, null, null, null, null, null);
        }
    }

    /** {@code eq}: the report names the platform; {@code in}: it names one of them; {@code isNull}: it names none. */
    @Input("PlatformComparison")
    public static class PlatformComparison {
        public Platform eq;
        public Platform neq;
        public List<Platform> in;
        public Boolean isNull;

        List<Object[]> ops() {
            return ReportInputs.ops(eq, neq, in, null, null, null, null, isNull);
        }
    }

    @Input("CountryComparison")
    public static class CountryComparison {
        public Country eq;
        public Country neq;
        public List<Country> in;

        List<Object[]> ops() {
            return ReportInputs.ops(eq == null ? null : eq.name(), neq == null ? null : neq.name(),
                    in == null ? null : in.stream().map(Country::name).toList(), null, null, null, null, null);
        }
    }

    @Input("StatusComparison")
    public static class StatusComparison {
        public ReturnStatus eq;
        public ReturnStatus neq;
        public List<ReturnStatus> in;

        List<Object[]> ops() {
            return ReportInputs.ops(eq, neq, in, null, null, null, null, null);
        }
    }

    public enum ReportField { REPORTED_ON, VICTIM_AGE, VICTIM_GENDER, OUTCOME, FORCE_CODE, ID }

    public enum Direction { ASC, DESC }

    @Input("ReportOrder")
    public static class ReportOrderInput {
        public @NonNull ReportField field;
        public Direction direction;

        ReportOrder order() {
            return new ReportOrder(ReportOrder.Key.valueOf(field.name()), direction == Direction.DESC);
        }
    }
}
