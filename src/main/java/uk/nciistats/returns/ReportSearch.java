package uk.nciistats.returns;

import com.github.benmanes.caffeine.cache.Cache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import uk.nciistats.infrastructure.Caches;
import uk.nciistats.reference.ReferenceCatalog;
import uk.nciistats.security.CallerContext;
import uk.nciistats.security.Role;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Record-level reports for a condition, a page at a time (ANALYST and above: a VIEWER never sees
 * record-level data). Conditions become one JPQL query over reports and their returns ({@link ReportQueryText}).
 */
@ApplicationScoped
public class ReportSearch {
    public static final int MAX_PAGE = 500;

    private final EntityManager em;
    private final ReferenceCatalog catalog;
    private final CallerContext callers;

    /** A page of reports and the count of all that match. */
    public record Page(List<StoredReport> reports, boolean more, long total) {
    }

    /**
     * Counts of matches by condition, kept while no return changes: paging through the results of one
     * condition counts them once. Every write bumps its return's version, so a count is reused only if
     * every return still has the version it had when counted.
     */
    private final Cache<Counted, Count> counts = Caches.bounded(COUNTS_KEPT);
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
        var text = new ReportQueryText(ReportQueryText.Language.JPQL, catalog);
        String condition = where == null ? "" : " and " + text.where(where);
        String from = " from Report r, DataReturn d where r.returnId = d.id" + condition;
        var query = em.createQuery("select r" + from + text.orderBy(order), Report.class);
        text.namedParameters().forEach(query::setParameter);
        var rows = query.setFirstResult(offset).setMaxResults(limit + 1).getResultList();
        boolean more = rows.size() > limit;
        var page = (more ? rows.subList(0, limit) : rows).stream().map(StoredReport::of).toList();
        return new Page(page, more, count(from, text.namedParameters()));
    }

    private long count(String from, Map<String, Object> params) {
        var counted = new Counted(from, java.util.Collections.unmodifiableMap(new HashMap<>(params)));
        var versions = new HashMap<Long, Integer>();
        for (var row : em.createQuery("select d.id, d.version from DataReturn d", Object[].class).getResultList()) {
            versions.put((Long) row[0], ((Number) row[1]).intValue());
        }
        var known = counts.getIfPresent(counted);
        if (known != null && known.versions().equals(versions)) {
            return known.total();
        }
        var count = em.createQuery("select count(r)" + from, Long.class);
        params.forEach(count::setParameter);
        long total = count.getSingleResult();
        counts.put(counted, new Count(versions, total));
        return total;
    }
}
