package uk.nciistats.returns;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import uk.nciistats.reference.ReferenceCatalog;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Stores and finds returns, their reports and their cells. */
@ApplicationScoped
public class ReturnRepository {
    private final EntityManager em;
    private final ReferenceCatalog catalog;

    @Inject
    public ReturnRepository(EntityManager em, ReferenceCatalog catalog) {
        this.em = em;
        this.catalog = catalog;
    }

    protected ReturnRepository() {
        this(null, null);
    }

    public Optional<DataReturn> find(long id) {
        return Optional.ofNullable(em.find(DataReturn.class, id));
    }

    /** The return, locked against concurrent writers until the transaction ends. */
    public Optional<DataReturn> findForUpdate(long id) {
        return Optional.ofNullable(em.find(DataReturn.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    public Optional<DataReturn> findByRef(String ref) {
        return em.createQuery("select r from DataReturn r where r.ref = :ref", DataReturn.class)
                .setParameter("ref", ref).getResultStream().findFirst();
    }

    /** The returns with these references, by reference, in one query. */
    public Map<String, DataReturn> byRefs(Collection<String> refs) {
        var result = new HashMap<String, DataReturn>();
        if (!refs.isEmpty()) {
            em.createQuery("select r from DataReturn r where r.ref in :refs", DataReturn.class)
                    .setParameter("refs", refs).getResultList().forEach(r -> result.put(r.ref(), r));
        }
        return result;
    }

    /** Returns of one force and offence whose period overlaps start..end, in period order. */
    public List<DataReturn> overlapping(String forceCode, String offenceCode, LocalDate start, LocalDate end) {
        return em.createQuery("select r from DataReturn r where r.forceCode = :force and r.offenceCode = :offence"
                        + " and r.periodStart <= :end and r.periodEnd >= :start order by r.periodStart", DataReturn.class)
                .setParameter("force", forceCode).setParameter("offence", offenceCode)
                .setParameter("start", start).setParameter("end", end).getResultList();
    }

    public void add(DataReturn r) {
        em.persist(r);
        em.flush();
    }

    /** Writes pending changes now, so a changed return carries its new version. */
    public void flush() {
        em.flush();
    }

    public void remove(DataReturn r) {
        em.remove(r);
    }

    public void addReports(List<Report> reports) {
        for (var r : reports) {
            em.persist(r);
        }
    }

    /** The reports of return {@code returnId} among {@code reportIds} (a caller locks their return first). */
    public List<Report> reportsOf(long returnId, Collection<Long> reportIds) {
        if (reportIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select r from Report r where r.returnId = :returnId and r.id in :ids order by r.id", Report.class)
                .setParameter("returnId", returnId).setParameter("ids", reportIds).getResultList();
    }

    public void removeReports(List<Report> reports) {
        reports.forEach(em::remove);
    }

    /** A page of returns in id order after {@code afterId}, at most {@code limit}. */
    public List<DataReturn> page(ReturnCriteria c, Long afterId, int limit) {
        var where = new Where(c, catalog);
        if (afterId != null) {
            where.and("r.id > :afterId", "afterId", afterId);
        }
        var q = em.createQuery("select r from DataReturn r" + where.text() + " order by r.id", DataReturn.class);
        return where.bind(q).setMaxResults(limit).getResultList();
    }

    /** Rows {@code offset} to {@code offset + limit - 1} of the returns, newest first: one page of a list. */
    public List<DataReturn> newestFirst(ReturnCriteria c, int offset, int limit) {
        var where = new Where(c, catalog);
        var q = em.createQuery("select r from DataReturn r" + where.text() + " order by r.id desc", DataReturn.class);
        return where.bind(q).setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    /** Like {@link #newestFirst(ReturnCriteria, int, int)}, only returns whose ref contains {@code refPart} (any case). */
    public List<DataReturn> newestFirst(ReturnCriteria c, String refPart, int offset, int limit) {
        var where = new Where(c, catalog);
        if (refPart != null && !refPart.isBlank()) {
            var escaped = refPart.strip().toLowerCase(java.util.Locale.ROOT)
                    .replace("!", "!!").replace("%", "!%").replace("_", "!_");
            where.and("lower(r.ref) like :refPart escape '!'", "refPart", "%" + escaped + "%");
        }
        var q = em.createQuery("select r from DataReturn r" + where.text() + " order by r.id desc", DataReturn.class);
        return where.bind(q).setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    /**
     * Rows {@code offset} to {@code offset + limit - 1} of the returns in {@code order}, ties newest
     * first: one page of a sorted list. Sorting by force sorts by the force's short name (its place
     * among the catalog's short names, so the order is the same on every database).
     */
    public List<DataReturn> list(ReturnCriteria c, List<ReturnOrder> order, int offset, int limit) {
        var where = new Where(c, catalog);
        var orderBy = new ArrayList<String>();
        order.forEach(o -> orderBy.addAll(expressions(o, where)));
        orderBy.add("r.id desc");
        var q = em.createQuery("select r from DataReturn r" + where.text() + " order by " + String.join(", ", orderBy),
                DataReturn.class);
        return where.bind(q).setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    private List<String> expressions(ReturnOrder o, Where where) {
        var direction = o.descending() ? " desc" : " asc";
        return switch (o.key()) {
            case REF -> List.of("lower(r.ref)" + direction);
            case FORCE -> List.of(shortNameRank(where) + direction);
            case PERIOD -> List.of("r.periodStart" + direction, "r.periodEnd" + direction);
            case GRANULARITY -> List.of("r.granularity" + direction);
            // the workflow's order, not the alphabet's
            case STATUS -> List.of("case r.status when uk.nciistats.returns.ReturnStatus.DRAFT then 0"
                    + " when uk.nciistats.returns.ReturnStatus.VERIFIED then 1 else 2 end" + direction);
            case TOTAL -> List.of("r.total" + direction);
            case LAST_CHANGED_BY -> List.of("r.lastChangedBy" + direction);
            case LAST_CHANGED_AT -> List.of("r.updatedAt" + direction);
        };
    }

    /** The place of the return's force among the forces in the order of their short names: 0, 1, 2… */
    private String shortNameRank(Where where) {
        var codes = catalog.codesByShortName();
        if (codes.isEmpty()) {
            return "r.forceCode";
        }
        var rank = new StringBuilder("case r.forceCode");
        for (int i = 0; i < codes.size(); i++) {
            where.parameter("rank" + i, codes.get(i));
            rank.append(" when :rank").append(i).append(" then ").append(i);
        }
        return rank.append(" else ").append(codes.size()).append(" end").toString();
    }

    public long count(ReturnCriteria c) {
        var where = new Where(c, catalog);
        var q = em.createQuery("select count(r) from DataReturn r" + where.text(), Long.class);
        return where.bind(q).getSingleResult();
    }

    /** The published cells of each return, in one query. */
    public Map<Long, List<CountCell>> countsOf(Collection<Long> returnIds) {
        var result = new HashMap<Long, List<CountCell>>();
        if (returnIds.isEmpty()) {
            return result;
        }
        em.createQuery("select r.id, c.dimension, c.category, c.count from DataReturn r join r.counts c"
                        + " where r.id in :ids", Object[].class)
                .setParameter("ids", returnIds).getResultList()
                .forEach(row -> result.computeIfAbsent((Long) row[0], k -> new ArrayList<>())
                        .add(new CountCell((CountDimension) row[1], (String) row[2], (Integer) row[3])));
        return result;
    }

    /** The returns of each force, in one query, in period order. */
    public Map<String, List<DataReturn>> returnsOfForces(Collection<String> forceCodes) {
        var result = new LinkedHashMap<String, List<DataReturn>>();
        if (forceCodes.isEmpty()) {
            return result;
        }
        em.createQuery("select r from DataReturn r where r.forceCode in :codes order by r.periodStart, r.id", DataReturn.class)
                .setParameter("codes", forceCodes).getResultList()
                .forEach(r -> result.computeIfAbsent(r.forceCode(), k -> new ArrayList<>()).add(r));
        return result;
    }

    /** The returns with these ids, in one query. */
    public Map<Long, DataReturn> byIds(Collection<Long> ids) {
        var result = new HashMap<Long, DataReturn>();
        if (!ids.isEmpty()) {
            em.createQuery("select r from DataReturn r where r.id in :ids", DataReturn.class)
                    .setParameter("ids", ids).getResultList().forEach(r -> result.put(r.id(), r));
        }
        return result;
    }

    /** The JPQL conditions of a criteria and their parameters. */
    private static final class Where {
        private final List<String> conditions = new ArrayList<>();
        private final Map<String, Object> parameters = new HashMap<>();

        Where(ReturnCriteria c, ReferenceCatalog catalog) {
            if (c.forces() != null) {
                and("r.forceCode in :forces", "forces", c.forces());
            }
            if (c.statuses() != null) {
                and("r.status in :statuses", "statuses", c.statuses());
            }
            if (c.granularity() != null) {
                and("r.granularity = :granularity", "granularity", c.granularity());
            }
            if (c.from() != null) {
                and("r.periodEnd >= :from", "from", c.from());
            }
            if (c.to() != null) {
                and("r.periodStart <= :to", "to", c.to());
            }
            if (c.regions() != null) {
                var forcesOfRegions = catalog.codesOfForcesIn(c.regions());
                if (forcesOfRegions.isEmpty()) {
                    and("r.id is null");  // no force is in them, so no return is (JPQL has no "in ()")
                } else {
                    and("r.forceCode in :forcesOfRegions", "forcesOfRegions", forcesOfRegions);
                }
            }
            if (c.offences() != null) {
                and("r.offenceCode in :offences", "offences", c.offences());
            }
            if (c.searchText() != null) {
                var escaped = c.searchText().toLowerCase(java.util.Locale.ROOT)
                        .replace("!", "!!").replace("%", "!%").replace("_", "!_");
                var forcesNamed = catalog.codesOfForcesNamed(c.searchText());
                if (forcesNamed.isEmpty()) {
                    and("(lower(r.ref) like :text escape '!' or lower(r.source) like :text escape '!')",
                            "text", "%" + escaped + "%");
                } else {
                    and("(lower(r.ref) like :text escape '!' or lower(r.source) like :text escape '!'"
                            + " or r.forceCode in :forcesNamed)", "text", "%" + escaped + "%");
                    parameter("forcesNamed", forcesNamed);
                }
            }
            if (c.notLastChangedBy() != null) {
                and("r.lastChangedBy <> :notLastChangedBy", "notLastChangedBy", c.notLastChangedBy());
            }
        }

        void and(String condition) {
            conditions.add(condition);
        }

        void and(String condition, String name, Object value) {
            conditions.add(condition);
            parameter(name, value);
        }

        /** A parameter of a condition or of the order. */
        void parameter(String name, Object value) {
            parameters.put(name, value);
        }

        String text() {
            return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        }

        <T> TypedQuery<T> bind(TypedQuery<T> q) {
            parameters.forEach(q::setParameter);
            return q;
        }
    }
}
