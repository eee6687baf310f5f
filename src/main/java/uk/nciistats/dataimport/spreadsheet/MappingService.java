package uk.nciistats.dataimport.spreadsheet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import uk.nciistats.audit.AuditLog;
import uk.nciistats.errors.ConflictException;
import uk.nciistats.errors.NotFoundException;
import uk.nciistats.errors.ValidationException;
import uk.nciistats.security.Caller;
import uk.nciistats.security.CallerContext;
import uk.nciistats.security.Role;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Mappings saved by name, plus the built-in ones, for EDITOR and ADMIN only. Saving names the
 * version the caller started from (0 for a new name): a mapping someone else saved meanwhile is a
 * conflict, not silently overwritten. Built-in names cannot be saved over. Every save is audited.
 */
@ApplicationScoped
@Transactional
public class MappingService {
    public static final int MAX_NAME = 100;

    private final EntityManager em;
    private final AuditLog audit;
    private final CallerContext callers;
    private final Clock clock = Clock.systemUTC();

    @Inject
    public MappingService(EntityManager em, AuditLog audit, CallerContext callers) {
        this.em = em;
        this.audit = audit;
        this.callers = callers;
    }

    protected MappingService() {
        this(null, null, null);
    }

    /** Built-in mappings first, then saved ones by name. */
    public List<MappingSummary> list() {
        editor("list mappings");
        var all = new ArrayList<MappingSummary>();
        BuiltInMappings.all().forEach(m -> all.add(new MappingSummary(m.name(), true, 0, "", null)));
        em.createQuery("select m from SavedMapping m", SavedMapping.class).getResultList().stream()
                .sorted(Comparator.comparing(SavedMapping::name, String.CASE_INSENSITIVE_ORDER))
                .forEach(m -> all.add(new MappingSummary(m.name(), false, m.version(), m.updatedBy(), m.updatedAt())));
        return all;
    }

    public Optional<Mapping> find(String name) {
        editor("read mappings");
        var builtIn = BuiltInMappings.named(name == null ? "" : name.strip());
        if (builtIn.isPresent()) {
            return builtIn;
        }
        return Optional.ofNullable(em.find(SavedMapping.class, name == null ? "" : name.strip())).map(SavedMapping::mapping);
    }

    /** Saves {@code mapping} under its name; {@code expectedVersion} is 0 for a new one. Answers the new version. */
    public int save(Mapping mapping, int expectedVersion) {
        var caller = editor("save mappings");
        var name = mapping.name();
        if (name.isEmpty() || name.length() > MAX_NAME) {
            throw new ValidationException("name", "a mapping needs a name of 1–" + MAX_NAME + " characters");
        }
        if (BuiltInMappings.isBuiltIn(name)) {
            throw new ValidationException("name", "'" + name + "' is a built-in mapping and cannot change:"
                    + " save your version under another name");
        }
        MappingLimits.check(mapping);
        var saved = em.find(SavedMapping.class, name, LockModeType.PESSIMISTIC_WRITE);
        int found = saved == null ? 0 : saved.version();
        if (found != expectedVersion) {
            throw new ConflictException(found == 0 ? "Mapping '" + name + "' was deleted meanwhile."
                    : "Mapping '" + name + "' was saved by " + saved.updatedBy() + " meanwhile (version " + found
                    + ", you had " + expectedVersion + "): reload it and apply your change again.");
        }
        var before = saved == null ? null : Map.of("mapping", saved.mapping().name(), "version", found);
        if (saved == null) {
            saved = new SavedMapping(mapping, caller.name(), clock.instant());
            em.persist(saved);
        } else {
            saved.change(mapping, caller.name(), clock.instant());
        }
        em.flush();
        audit.record(caller.name(), "SAVE_MAPPING", null, null, before,
                Map.of("mapping", name, "version", saved.version()), clock.instant());
        return saved.version();
    }

    public void delete(String name, int expectedVersion) {
        var caller = editor("delete mappings");
        var saved = em.find(SavedMapping.class, name, LockModeType.PESSIMISTIC_WRITE);
        if (saved == null) {
            throw new NotFoundException("name", "no saved mapping '" + name + "'");
        }
        if (saved.version() != expectedVersion) {
            throw new ConflictException("Mapping '" + name + "' was saved by " + saved.updatedBy() + " meanwhile.");
        }
        em.remove(saved);
        audit.record(caller.name(), "DELETE_MAPPING", null, null, Map.of("mapping", name, "version", expectedVersion),
                null, clock.instant());
    }

    /** The saved version of a mapping, 0 when it is new or built in. */
    public int versionOf(String name) {
        editor("read mappings");
        var saved = em.find(SavedMapping.class, name);
        return saved == null ? 0 : saved.version();
    }

    private Caller editor(String what) {
        var caller = callers.current();
        caller.require(Role.EDITOR, what);
        return caller;
    }
}
