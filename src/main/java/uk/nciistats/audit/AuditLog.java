package uk.nciistats.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import uk.nciistats.security.AccountAudit;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The append-only history of changes. An entry is written in the transaction of the change it
 * records, so a change and its entry are stored together or not at all.
 */
@ApplicationScoped
public class AuditLog implements AccountAudit {
    private static final Jsonb JSON = JsonbBuilder.create();
    private final EntityManager em;

    @Inject
    public AuditLog(EntityManager em) {
        this.em = em;
    }

    protected AuditLog() {
        this(null);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String actor, String action, Long returnId, String returnRef,
                       Map<String, ?> before, Map<String, ?> after, Instant at) {
        em.persist(new AuditEntry(at, actor, action, returnId, returnRef, json(before), json(after)));
    }

    /** The history of one return, oldest first. */
    public List<RecordedChange> historyOf(long returnId) {
        return changes(em.createQuery("select a from AuditEntry a where a.returnId = :id order by a.at, a.id",
                AuditEntry.class).setParameter("id", returnId));
    }

    /** The newest entries, newest first. */
    public List<RecordedChange> latest(int limit) {
        return changes(em.createQuery("select a from AuditEntry a order by a.at desc, a.id desc", AuditEntry.class)
                .setMaxResults(limit));
    }

    /** A change to a user account; the states never hold a password or its hash. */
    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordUserChange(String actor, String action, String username,
                                 Map<String, ?> before, Map<String, ?> after, Instant at) {
        em.persist(AuditEntry.ofUser(at, actor, action, username, json(before), json(after)));
    }

    /** The entries the search finds, newest first, {@code limit} from {@code offset}. */
    public List<RecordedChange> search(AuditSearch search, int offset, int limit) {
        var where = where(search);
        var query = em.createQuery("select a from AuditEntry a" + where.text + " order by a.at desc, a.id desc",
                AuditEntry.class);
        where.parameters.forEach(query::setParameter);
        return changes(query.setFirstResult(offset).setMaxResults(limit));
    }

    public long count(AuditSearch search) {
        var where = where(search);
        var query = em.createQuery("select count(a) from AuditEntry a" + where.text, Long.class);
        where.parameters.forEach(query::setParameter);
        return query.getSingleResult();
    }

    /** Every kind of change the log holds, in alphabetical order. */
    public List<String> kinds() {
        return em.createQuery("select distinct a.action from AuditEntry a order by a.action", String.class)
                .getResultList();
    }

    private static List<RecordedChange> changes(TypedQuery<AuditEntry> query) {
        return query.getResultList().stream().map(RecordedChange::of).toList();
    }

    private record Where(String text, Map<String, Object> parameters) {
    }

    private static Where where(AuditSearch search) {
        var conditions = new ArrayList<String>();
        var parameters = new HashMap<String, Object>();
        if (search.user() != null) {
            conditions.add("(lower(a.actor) like :user escape '\\' or lower(a.subjectUser) like :user escape '\\')");
            parameters.put("user", containing(search.user()));
        }
        if (search.returnRef() != null) {
            conditions.add("lower(a.returnRef) like :ref escape '\\'");
            parameters.put("ref", containing(search.returnRef()));
        }
        if (search.from() != null) {
            conditions.add("a.at >= :from");
            parameters.put("from", search.from().atStartOfDay(ZoneOffset.UTC).toInstant());
        }
        if (search.to() != null) {
            conditions.add("a.at < :to");
            parameters.put("to", search.to().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
        }
        if (!search.kinds().isEmpty()) {
            conditions.add("a.action in :kinds");
            parameters.put("kinds", List.copyOf(search.kinds()));
        }
        return new Where(conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions), parameters);
    }

    /** A LIKE pattern for text anywhere, its own % and _ taken literally. */
    private static String containing(String text) {
        var escaped = text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }

    private static String json(Map<String, ?> state) {
        return state == null ? null : JSON.toJson(state);
    }
}
