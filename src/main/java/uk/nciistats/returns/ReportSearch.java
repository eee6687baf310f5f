package uk.nciistats.returns;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import uk.nciistats.errors.ValidationException;
import uk.nciistats.reference.Country;
import uk.nciistats.reference.Force;
import uk.nciistats.reference.ReferenceCatalog;
import uk.nciistats.security.CallerContext;
import uk.nciistats.security.Role;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Record-level reports for a condition, a page at a time (ANALYST and above: a VIEWER never sees
 * record-level data). Conditions become one JPQL query over reports and their returns.
 */
@ApplicationScoped
public class ReportSearch {
    public static final int MAX_PAGE = 500;

    private final EntityManager em;
    private final ReferenceCatalog catalog;
    private final CallerContext callers;

    /** A page of reports and the count of all that match. */
    public record Page(List<Report> reports, boolean more, long total) {
    }

    /**
     * Counts of matches by condition, kept while no return changes: paging through the results of one
     * condition counts them once. Every write bumps its return's version, so a count is reused only if
     * every return still has the version it had when counted.
     */
    private final Map<Counted, Count> counts = new java.util.LinkedHashMap<>(32, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Counted, Count> eldest) {
            return size() > COUNTS_KEPT;
        }
    };
    private static final int COUNTS_KEPT = 256;

    private record Counted(String condition, Map<String, Object> params) {
    }

    private record Count(Map<Long, Integer> versions, long total) {
    }

    @Inject
    public ReportSearch(EntityManager em, ReferenceCatalog catalog, CallerContext callers) {
        this.em = em;
        this.catalog = catalog;
        this.callers = callers;
    }

    protected ReportSearch() {
        this(null, null, null);
    }

    public Page find(ReportCondition where, List<ReportOrder> order, int offset, int limit) {
        callers.current().require(Role.ANALYST, "read record-level reports");
        var params = new HashMap<String, Object>();
        String condition = where == null ? "" : " and " + jpql(where, params);
        String from = " from Report r, DataReturn d where r.returnId = d.id" + condition;
        var query = em.createQuery("select r" + from + orderBy(order), Report.class);
        params.forEach(query::setParameter);
        var rows = query.setFirstResult(offset).setMaxResults(limit + 1).getResultList();
        boolean more = rows.size() > limit;
        return new Page(more ? rows.subList(0, limit) : rows, more, count(from, params));
    }

    private long count(String from, Map<String, Object> params) {
        var counted = new Counted(from, java.util.Collections.unmodifiableMap(new HashMap<>(params)));
        var versions = new HashMap<Long, Integer>();
        for (var row : em.createQuery("select d.id, d.version from DataReturn d", Object[].class).getResultList()) {
            versions.put((Long) row[0], ((Number) row[1]).intValue());
        }
        synchronized (counts) {
            var known = counts.get(counted);
            if (known != null && known.versions().equals(versions)) {
                return known.total();
            }
        }
        var count = em.createQuery("select count(r)" + from, Long.class);
        params.forEach(count::setParameter);
        long total = count.getSingleResult();
        synchronized (counts) {
            counts.put(counted, new Count(versions, total));
        }
        return total;
    }

    private String jpql(ReportCondition c, Map<String, Object> params) {
        if (c instanceof ReportCondition.And and) {
            return join(and.all(), " and ", "1 = 1", params);
        }
        if (c instanceof ReportCondition.Or or) {
            return join(or.any(), " or ", "1 = 0", params);
        }
        if (c instanceof ReportCondition.Not not) {
            return "not (" + jpql(not.condition(), params) + ")";
        }
        return compare((ReportCondition.Compare) c, params);
    }

    private String join(List<ReportCondition> parts, String op, String empty, Map<String, Object> params) {
        if (parts.isEmpty()) {
            return empty;
        }
        return parts.stream().map(p -> "(" + jpql(p, params) + ")").collect(Collectors.joining(op));
    }

    private String compare(ReportCondition.Compare c, Map<String, Object> params) {
        return switch (c.field()) {
            case VICTIM_AGE -> simple("r.victimAge", c, params);
            case REPORTED_ON -> simple("r.reportedOn", c, params);
            case VICTIM_GENDER -> simple("r.victimGender", c, params);
            case OUTCOME -> simple("r.outcome", c, params);
            case RETURN_STATUS -> simple("d.status", c, params);
            case FORCE_CODE -> simple("d.forceCode", c, params);
            case REGION -> forcesWhere(c, f -> f.region(), params);
            case COUNTRY -> forcesWhere(c, Force::country, params);
            case PLATFORM -> platform(c, params);
        };
    }

    private String simple(String path, ReportCondition.Compare c, Map<String, Object> params) {
        String p = param(params, c.value());
        return switch (c.op()) {
            case EQ -> path + " = :" + p;
            case NEQ -> "(" + path + " <> :" + p + " or " + path + " is null)";
            case IN -> path + " in :" + p;
            case LT -> path + " < :" + p;
            case LTE -> path + " <= :" + p;
            case GT -> path + " > :" + p;
            case GTE -> path + " >= :" + p;
            case IS_NULL -> {
                params.remove(p);
                yield path + (Boolean.TRUE.equals(c.value()) ? " is null" : " is not null");
            }
        };
    }

    /** Region and country are properties of forces: the condition becomes one on force codes. */
    private String forcesWhere(ReportCondition.Compare c, java.util.function.Function<Force, Object> property,
                               Map<String, Object> params) {
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
        String p = param(params, codes);
        return "d.forceCode " + (negate ? "not in :" : "in :") + p;
    }

    private static boolean same(Object value, Object wanted) {
        return value instanceof Country country ? country.name().equals(String.valueOf(wanted))
                : String.valueOf(value).equalsIgnoreCase(String.valueOf(wanted));
    }

    /** "platform contains": a platform's bit is set ({@code MOD(bits / bit, 2) = 1}, portable SQL). */
    private String platform(ReportCondition.Compare c, Map<String, Object> params) {
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

    private static String orderBy(List<ReportOrder> order) {
        var keys = new ArrayList<String>();
        for (var o : order == null ? List.<ReportOrder>of() : order) {
            String path = switch (o.key()) {
                case REPORTED_ON -> "r.reportedOn";
                case VICTIM_AGE -> "r.victimAge";
                case VICTIM_GENDER -> "r.victimGender";
                case OUTCOME -> "r.outcome";
                case FORCE_CODE -> "d.forceCode";
                case ID -> "r.id";
            };
            keys.add(path + (o.descending() ? " desc" : " asc"));
        }
        keys.add("r.id asc");
        return " order by " + String.join(", ", keys);
    }

    private static String param(Map<String, Object> params, Object value) {
        String name = "p" + params.size();
        params.put(name, value);
        return name;
    }
}
