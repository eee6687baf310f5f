package uk.nciistats.returns;

import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.nciistats.infrastructure.Database;
import uk.nciistats.returns.ReturnClashes.Candidate;
import uk.nciistats.security.ActingCaller;
import uk.nciistats.security.Role;
import uk.nciistats.support.InContainerDeployment;
import uk.nciistats.support.StoredRows;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The one rule that keeps returns apart, against returns really stored: a reference names one
 * return, and no two returns of a force and offence share a day. What the service asks of one
 * return and the import of a whole file.
 */
@ExtendWith(ArquillianExtension.class)
class ReturnClashesArquillianIT {
    private static final String KENT = "E23000032";

    @Deployment
    static WebArchive deployment() {
        return InContainerDeployment.servicesOnTheEmbeddedDatabase("ncii-return-clashes-in-container")
                .addClass(ReturnClashesArquillianIT.class);
    }

    @Inject
    ReturnService service;
    @Inject
    ReturnRepository repository;
    @Inject
    ActingCaller caller;
    @Inject
    Database database;
    @Inject
    UserTransaction transaction;

    /** The server's own database, read straight to see what a change really stored. */
    private StoredRows db;

    @BeforeEach
    void readTheServersOwnDatabase() {
        db = new StoredRows(database.dataSource());
    }

    @Test
    void everyClashOfAFileIsFoundAtOnceInTheOrderOfItsLines() throws Exception {
        int year = db.freshYear();
        var stored = store("A", year);
        var offence = stored.offenceCode();
        var d = ref("D");
        var c = ref("C");

        var found = check(false,
                line(2, stored.ref(), offence, LocalDate.of(year + 2, 1, 1), LocalDate.of(year + 2, 12, 31)),
                line(3, ref("B"), offence, LocalDate.of(year, 6, 1), LocalDate.of(year, 6, 30)),
                line(4, c, offence, LocalDate.of(year + 1, 3, 1), LocalDate.of(year + 1, 3, 31)),
                line(5, c, offence, LocalDate.of(year + 3, 1, 1), LocalDate.of(year + 3, 1, 31)),
                line(6, d, offence, LocalDate.of(year + 1, 2, 1), LocalDate.of(year + 1, 4, 30)));

        assertEquals(List.of("2 ref-exists", "3 overlapping-period", "4 overlapping-period", "5 duplicate-ref"),
                found.clashes().stream().map(x -> x.candidate().line() + " " + x.rule()).toList());
        var messages = found.clashes().stream().map(ReturnClashes.Clash::message).toList();
        assertTrue(messages.get(0).contains("stored already"), messages.get(0));
        assertTrue(messages.get(1).contains("'" + stored.ref() + "'") && messages.get(1).contains("count twice"),
                messages.get(1));
        assertTrue(messages.get(2).contains("'" + d + "' (line 6)"), messages.get(2));
        assertTrue(messages.get(3).contains("first on line 4"), messages.get(3));
        assertEquals(Map.of(), found.replaced());
    }

    @Test
    void replacingReplacesAStoredDraftWithoutComparingItsPeriodButNeverAPublishedReturn() throws Exception {
        int year = db.freshYear();
        var draft = store("DRAFT", year);
        var published = publish(store("PUB", year + 1));
        var offence = draft.offenceCode();

        var found = check(true,
                line(2, draft.ref(), offence, LocalDate.of(year, 1, 1), LocalDate.of(year, 6, 30)),
                line(3, published.ref(), offence, LocalDate.of(year + 1, 1, 1), LocalDate.of(year + 1, 6, 30)));

        assertEquals(List.of("3 published"), found.clashes().stream().map(x -> x.candidate().line() + " " + x.rule()).toList());
        assertEquals(draft.id(), found.replaced().get(draft.ref()).id());
        assertEquals(1, found.replaced().size());
    }

    @Test
    void aRevisionKeepsItsOwnReferenceAndPeriodButAnotherReturnMayNotTakeThem() throws Exception {
        int year = db.freshYear();
        var stored = store("REV", year);
        var details = details(stored.ref(), year);

        assertEquals(List.of(), check(false, Candidate.of(details, stored.offenceCode(), stored.id())).clashes());
        assertEquals(List.of("ref-exists"), rules(check(false, Candidate.of(details, stored.offenceCode(), null))));
        var sameDays = details(ref("OTHER"), year);
        assertEquals(List.of("overlapping-period"), rules(check(false, Candidate.of(sameDays, stored.offenceCode(), null))));
    }

    // --- helpers ---

    private ReturnClashes.Found check(boolean replaceStored, Candidate... candidates) throws Exception {
        transaction.begin();
        try {
            return new ReturnClashes(repository).check(List.of(candidates), replaceStored);
        } finally {
            transaction.rollback();
        }
    }

    private static List<String> rules(ReturnClashes.Found found) {
        return found.clashes().stream().map(ReturnClashes.Clash::rule).toList();
    }

    private static Candidate line(long line, String ref, String offence, LocalDate start, LocalDate end) {
        return new Candidate(ref, KENT, offence, start, end, line, null);
    }

    private StoredReturn store(String name, int year) {
        caller.actAs("arq-editor", Role.EDITOR);
        return service.create(details(ref(name), year));
    }

    private StoredReturn publish(StoredReturn r) {
        caller.actAs("arq-editor2", Role.EDITOR);
        var verified = service.setStatus(r.id(), r.version(), ReturnStatus.VERIFIED);
        caller.actAs("arq-admin", Role.ADMIN);
        return service.setStatus(verified.id(), verified.version(), ReturnStatus.PUBLISHED);
    }

    private static ReturnDetails details(String ref, int year) {
        return new ReturnDetails(ref, KENT, null, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31),
                Granularity.AGGREGATE, "ReturnClashesArquillianIT", null);
    }

    private static String ref(String name) {
        return "arq-" + name + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

}
