package uk.nciistats.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The append-only history of changes. An entry is written in the transaction of the change it
 * records, so a change and its entry are stored together or not at all.
 */
@ApplicationScoped
public class AuditLog {
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
    public List<AuditEntry> historyOf(long returnId) {
        return em.createQuery("select a from AuditEntry a where a.returnId = :id order by a.at, a.id", AuditEntry.class)
                .setParameter("id", returnId).getResultList();
    }

    /** The newest entries, newest first. */
    public List<AuditEntry> latest(int limit) {
        return em.createQuery("select a from AuditEntry a order by a.at desc, a.id desc", AuditEntry.class)
                .setMaxResults(limit).getResultList();
    }

    private static String json(Map<String, ?> state) {
        return state == null ? null : JSON.toJson(state);
    }
}
