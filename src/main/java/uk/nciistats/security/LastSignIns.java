package uk.nciistats.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Instant;

/** Stores when a user last signed in, in a transaction of its own: a sign-in has none. */
@ApplicationScoped
public class LastSignIns {
    private final EntityManager em;

    @Inject
    public LastSignIns(EntityManager em) {
        this.em = em;
    }

    protected LastSignIns() {
        this(null);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(String username, Instant at) {
        em.createQuery("update AppUser u set u.lastSignIn = :at where u.username = :name")
                .setParameter("at", at).setParameter("name", username).executeUpdate();
    }
}
