package uk.nciistats.returns;

import uk.nciistats.errors.ValidationException;
import uk.nciistats.reference.Country;
import uk.nciistats.reference.Force;
import uk.nciistats.reference.ReferenceCatalog;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A report condition and order as query text: JPQL over reports {@code r} joined to their returns
 * {@code d}, for the paged listing; plain SQL over reports {@code r} alone, for the streamed export,
 * where each condition on a report's return becomes {@code r.return_id in (select … from
 * data_return d where …)} — so the database can read reports in id order and hand them over as it
 * reads them, with no join result to sort. One translation serves both, so the two always select the
 * same reports in the same order.
 */
final class ReportQueryText {
    enum Language { JPQL, SQL }

    private final Language language;
    private final ReferenceCatalog catalog;
    private final Map<String, Object> named = new HashMap<>();
    private final List<Object> positional = new ArrayList<>();

    ReportQueryText(Language language, ReferenceCatalog catalog) {
        this.language = language;
        this.catalog = catalog;
    }

    /** JPQL's named parameters. */
    Map<String, Object> namedParameters() {
        return named;
    }

    /** SQL's parameters, in the order of their {@code ?}. */
    List<Object> positionalParameters() {
        return positional;
    }

    String where(ReportCondition c) {
        if (c instanceof ReportCondition.And and) {
            return join(and.all(), " and ", "1 = 1");
        }
        if (c instanceof ReportCondition.Or or) {
            return join(or.any(), " or ", "1 = 0");
        }
        if (c instanceof ReportCondition.Not not) {
            return "not (" + where(not.condition()) + ")";
        }
        return compare((ReportCondition.Compare) c);
    }

    String orderBy(List<ReportOrder> order) {
        var keys = new ArrayList<String>();
        for (var o : order == null ? List.<ReportOrder>of() : order) {
            String path = switch (o.key()) {
                case REPORTED_ON -> column("r.reportedOn", "r.reported_on");
                case VICTIM_AGE -> column("r.victimAge", "r.victim_age");
                case VICTIM_GENDER -> column("r.victimGender", "r.victim_gender");
                case OUTCOME -> "r.outcome";
                case FORCE_CODE -> language == Language.JPQL ? "d.forceCode"
                        : "(select d.force_code from data_return d where d.id = r.return_id)";
                case ID -> "r.id";
            };
            keys.add(path + (o.descending() ? " desc" : " asc"));
        }
        keys.add("r.id asc");
        return " order by " + String.join(", ", keys);
    }

    private String join(List<ReportCondition> parts, String op, String empty) {
        if (parts.isEmpty()) {
            return empty;
        }
        return parts.stream().map(p -> "(" + where(p) + ")").collect(Collectors.joining(op));
    }

    private String compare(ReportCondition.Compare c) {
        return switch (c.field()) {
            case VICTIM_AGE -> simple(column("r.victimAge", "r.victim_age"), c);
            case REPORTED_ON -> simple(column("r.reportedOn", "r.reported_on"), c);
            case VICTIM_GENDER -> simple(column("r.victimGender", "r.victim_gender"), c);
            case OUTCOME -> simple("r.outcome", c);
            case RETURN_STATUS -> ofReturn(simple("d.status", c));
            case FORCE_CODE -> ofReturn(simple(column("d.forceCode", "d.force_code"), c));
            case OFFENCE_CODE -> ofReturn(simple(column("d.offenceCode", "d.offence_code"), c));
            case REGION -> ofReturn(forcesWhere(c, Force::region));
            case COUNTRY -> ofReturn(forcesWhere(c, Force::country));
            case PLATFORM -> platform(c);
            case RETURN_ID -> simple(column("r.returnId", "r.return_id"), c);
        };
    }

    /** A condition on the report's return: as it is in JPQL (joined), a subquery on return ids in SQL. */
    private String ofReturn(String condition) {
        return language == Language.JPQL ? condition
                : "r.return_id in (select d.id from data_return d where " + condition + ")";
    }

    private String simple(String path, ReportCondition.Compare c) {
        return switch (c.op()) {
            case EQ -> path + " = " + bind(c.value());
            case NEQ -> "(" + path + " <> " + bind(c.value()) + " or " + path + " is null)";
            case IN -> path + " in " + bind(c.value());
            case LT -> path + " < " + bind(c.value());
            case LTE -> path + " <= " + bind(c.value());
            case GT -> path + " > " + bind(c.value());
            case GTE -> path + " >= " + bind(c.value());
            case IS_NULL -> path + (Boolean.TRUE.equals(c.value()) ? " is null" : " is not null");
        };
    }

    /** Region and country are properties of forces: the condition becomes one on force codes. */
    private String forcesWhere(ReportCondition.Compare c, Function<Force, Object> property) {
        Set<Object> wanted = c.op() == ReportCondition.Op.IN ? Set.copyOf((Collection<?>) c.value()) : Set.of(c.value());
        var codes = catalog.forces(null, null).stream()
                .filter(f -> wanted.stream().anyMatch(w -> same(property.apply(f), w)))
                .map(Force::code).toList();
        boolean negate = switch (c.op()) {
            case EQ, IN -> false;
            case NEQ -> true;
            default -> throw new ValidationException("where", "region and country compare with eq, neq or in only");
        };
        if (codes.isEmpty()) {
            return negate ? "1 = 1" : "1 = 0";
        }
        return column("d.forceCode", "d.force_code") + (negate ? " not in " : " in ") + bind(codes);
    }

    private static boolean same(Object value, Object wanted) {
        return value instanceof Country country ? country.name().equals(String.valueOf(wanted))
                : String.valueOf(value).equalsIgnoreCase(String.valueOf(wanted));
    }

    /** "platform contains": a platform's bit is set ({@code MOD(bits / bit, 2) = 1}, portable SQL). */
    private String platform(ReportCondition.Compare c) {
        return switch (c.op()) {
            case EQ -> hasPlatform((Platform) c.value());
            case NEQ -> "not (" + hasPlatform((Platform) c.value()) + ")";
            case IN -> ((Collection<?>) c.value()).stream().map(p -> hasPlatform((Platform) p))
                    .collect(Collectors.joining(" or ", "(", ")"));
            case IS_NULL -> Boolean.TRUE.equals(c.value()) ? "r.platforms = 0" : "r.platforms <> 0";
            default -> throw new ValidationException("where.platform", "platform compares with eq (contains), neq, in or isNull");
        };
    }

    private static String hasPlatform(Platform p) {
        return "mod(r.platforms / " + p.bit() + ", 2) = 1";
    }

    private String column(String jpql, String sql) {
        return language == Language.JPQL ? jpql : sql;
    }

    /** The placeholder of a value: {@code :pN} in JPQL; {@code ?}, or {@code (?, ?)} for a list, in SQL. */
    private String bind(Object value) {
        if (language == Language.JPQL) {
            String name = "p" + named.size();
            named.put(name, value);
            return ":" + name;
        }
        if (value instanceof Collection<?> values) {
            if (values.isEmpty()) {
                return "(null)";
            }
            var marks = new ArrayList<String>();
            for (var v : values) {
                positional.add(sqlValue(v));
                marks.add("?");
            }
            return "(" + String.join(", ", marks) + ")";
        }
        positional.add(sqlValue(value));
        return "?";
    }

    private static Object sqlValue(Object value) {
        return value instanceof Enum<?> e ? e.name() : value;
    }
}
