package uk.nciistats.reference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Forces and offences. They change only by migration, so they are read once (by SQL, into records)
 * and kept: looking one up never touches the database, and neither does finding the forces of a
 * region or of a name.
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

    /** The codes of the forces in any of {@code regions} (each region named exactly as {@link #regions()} does). */
    public List<String> codesOfForcesIn(Collection<String> regions) {
        return forcesByCode().values().stream().filter(f -> regions.contains(f.region())).map(Force::code).toList();
    }

    /**
     * The codes of the forces whose name or short name contains {@code text}, in any letter case;
     * every character of {@code text} is taken literally.
     */
    public List<String> codesOfForcesNamed(String text) {
        var part = text.toLowerCase(Locale.ROOT);
        return forcesByCode().values().stream()
                .filter(f -> f.name().toLowerCase(Locale.ROOT).contains(part)
                        || f.shortName().toLowerCase(Locale.ROOT).contains(part))
                .map(Force::code).toList();
    }

    /** The codes of every force, in the order of their short names. */
    public List<String> codesByShortName() {
        return forcesByCode().values().stream().sorted(Comparator.comparing(Force::shortName))
                .map(Force::code).toList();
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
            rows("select code, name, short_name, country, region from police_force order by code")
                    .forEach(r -> map.put((String) r[0], new Force((String) r[0], (String) r[1], (String) r[2],
                            Country.valueOf((String) r[3]), (String) r[4])));
            forces = map;
        }
        return forces;
    }

    private Map<String, Offence> offencesByCode() {
        if (offences == null) {
            var map = new LinkedHashMap<String, Offence>();
            rows("select code, home_office_code, title, legislation, in_force_from, in_force_to from offence"
                    + " order by in_force_from, code")
                    .forEach(r -> map.put((String) r[0], new Offence((String) r[0], (String) r[1], (String) r[2],
                            (String) r[3], date(r[4]), date(r[5]))));
            offences = map;
        }
        return offences;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql) {
        return em.createNativeQuery(sql).getResultList();
    }

    /** A DATE column's value as the JDBC driver gives it: java.sql.Date, or already a LocalDate. */
    private static LocalDate date(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }
}
