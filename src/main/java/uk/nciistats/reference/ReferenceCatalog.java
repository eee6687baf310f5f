package uk.nciistats.reference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Forces and offences. They change only by migration, so they are read once and kept: looking one
 * up never touches the database.
 */
@ApplicationScoped
public class ReferenceCatalog {
    private final EntityManager em;
    private volatile Map<String, Force> forces;
    private volatile Map<String, Offence> offences;

    @Inject
    public ReferenceCatalog(EntityManager em) {
        this.em = em;
    }

    protected ReferenceCatalog() {
        this(null);
    }

    /** A catalog of the given reference data, read from nowhere else (for rules checked outside a server). */
    public static ReferenceCatalog of(List<Force> forces, List<Offence> offences) {
        var catalog = new ReferenceCatalog(null);
        var f = new LinkedHashMap<String, Force>();
        forces.stream().sorted(Comparator.comparing(Force::code)).forEach(x -> f.put(x.code(), x));
        var o = new LinkedHashMap<String, Offence>();
        offences.stream().sorted(Comparator.comparing(Offence::inForceFrom)).forEach(x -> o.put(x.code(), x));
        catalog.forces = f;
        catalog.offences = o;
        return catalog;
    }

    public List<Force> forces(Country country, String region) {
        return forcesByCode().values().stream()
                .filter(f -> country == null || f.country() == country)
                .filter(f -> region == null || f.region().equalsIgnoreCase(region))
                .toList();
    }

    public Optional<Force> force(String code) {
        return Optional.ofNullable(code == null ? null : forcesByCode().get(code));
    }

    public List<String> regions() {
        return forcesByCode().values().stream().map(Force::region).distinct().sorted().toList();
    }

    public List<Offence> offences() {
        return List.copyOf(offencesByCode().values());
    }

    public Optional<Offence> offence(String code) {
        return Optional.ofNullable(code == null ? null : offencesByCode().get(code));
    }

    /** The offence a return counts when it names none: the first in force during its period. */
    public Optional<Offence> offenceInForceDuring(LocalDate start, LocalDate end) {
        return offencesByCode().values().stream().filter(o -> o.inForceDuring(start, end)).findFirst();
    }

    private Map<String, Force> forcesByCode() {
        if (forces == null) {
            var map = new LinkedHashMap<String, Force>();
            em.createQuery("select f from Force f order by f.code", Force.class).getResultList()
                    .forEach(f -> map.put(f.code(), f));
            forces = map;
        }
        return forces;
    }

    private Map<String, Offence> offencesByCode() {
        if (offences == null) {
            var map = new LinkedHashMap<String, Offence>();
            em.createQuery("select o from Offence o", Offence.class).getResultList().stream()
                    .sorted(Comparator.comparing(Offence::inForceFrom))
                    .forEach(o -> map.put(o.code(), o));
            offences = map;
        }
        return offences;
    }
}
