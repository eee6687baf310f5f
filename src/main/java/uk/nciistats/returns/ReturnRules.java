package uk.nciistats.returns;

import uk.nciistats.errors.ValidationException.Problem;
import uk.nciistats.reference.Offence;
import uk.nciistats.reference.ReferenceCatalog;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The rules a return's description and its reports must keep. Each check collects every broken
 * rule with the field it concerns, so a caller fixes all of them at once.
 */
public final class ReturnRules {
    public static final int MAX_REF = 64;
    public static final int MAX_SOURCE = 500;
    public static final int OLDEST_AGE = 120;

    private ReturnRules() {
    }

    /** Checks a return's description; {@code at} prefixes field names (e.g. {@code input.}). */
    public static List<Problem> checkDetails(ReturnDetails d, ReferenceCatalog catalog, String at) {
        var problems = new ArrayList<Problem>();
        if (blank(d.ref())) {
            problems.add(new Problem(at + "ref", "a return needs a reference (1–64 characters)", "required"));
        } else if (d.ref().trim().length() > MAX_REF) {
            problems.add(new Problem(at + "ref", "a reference has at most 64 characters", "too-long"));
        }
        if (blank(d.forceCode())) {
            problems.add(new Problem(at + "forceCode", "a return needs the GSS code of its force", "required"));
        } else if (catalog.force(d.forceCode()).isEmpty()) {
            problems.add(new Problem(at + "forceCode", "unknown force code '" + d.forceCode()
                    + "': use a GSS code such as E23000032 (Kent); the query forces lists them", "unknown-force"));
        }
        if (d.granularity() == null) {
            problems.add(new Problem(at + "granularity", "a return is RECORDS or AGGREGATE", "required"));
        }
        if (blank(d.source())) {
            problems.add(new Problem(at + "source", "say where the figures came from (e.g. an FOI reference)", "required"));
        } else if (d.source().trim().length() > MAX_SOURCE) {
            problems.add(new Problem(at + "source", "a source has at most 500 characters", "too-long"));
        }
        if (d.periodStart() == null) {
            problems.add(new Problem(at + "periodStart", "a return needs the first day of its period", "required"));
        }
        if (d.periodEnd() == null) {
            problems.add(new Problem(at + "periodEnd", "a return needs the last day of its period", "required"));
        }
        if (d.periodStart() != null && d.periodEnd() != null) {
            if (d.periodEnd().isBefore(d.periodStart())) {
                problems.add(new Problem(at + "periodEnd", "the period ends (" + d.periodEnd()
                        + ") before it starts (" + d.periodStart() + ")", "period-order"));
            } else {
                checkOffence(d, catalog, at, problems);
            }
        }
        return problems;
    }

    /** The offence the return counts: the one named, else the first in force during its period. */
    public static Optional<Offence> offenceOf(ReturnDetails d, ReferenceCatalog catalog) {
        return blank(d.offenceCode()) ? catalog.offenceInForceDuring(d.periodStart(), d.periodEnd())
                : catalog.offence(d.offenceCode());
    }

    private static void checkOffence(ReturnDetails d, ReferenceCatalog catalog, String at, List<Problem> problems) {
        if (!blank(d.offenceCode()) && catalog.offence(d.offenceCode()).isEmpty()) {
            problems.add(new Problem(at + "offenceCode", "unknown offence code '" + d.offenceCode()
                    + "': one of " + String.join(", ", catalog.offences().stream().map(Offence::code).toList()), "unknown-offence"));
            return;
        }
        var offence = offenceOf(d, catalog);
        if (offence.isEmpty()) {
            problems.add(new Problem(at + "periodStart", "no offence was in force during "
                    + d.periodStart() + ".." + d.periodEnd() + " (the first came into force on 2015-04-13)", "offence-not-in-force"));
        } else if (!offence.get().inForceDuring(d.periodStart(), d.periodEnd())) {
            var o = offence.get();
            problems.add(new Problem(at + "periodStart", "the period " + d.periodStart() + ".." + d.periodEnd()
                    + " lies outside the time " + o.code() + " was in force (" + o.inForceFrom() + ".."
                    + (o.inForceTo() == null ? "" : o.inForceTo()) + ")", "offence-not-in-force"));
        }
    }

    /** Checks one report of a RECORDS return; {@code at} is e.g. {@code reports[3].}. */
    public static List<Problem> checkReport(ReportDetails r, DataReturn into, String at) {
        return checkReport(r, into.periodStart(), into.periodEnd(), at);
    }

    /**
     * Checks one report of a RECORDS return whose period is {@code periodStart..periodEnd} (both
     * null when the period is not known, e.g. it was itself refused: then only the other rules apply).
     */
    public static List<Problem> checkReport(ReportDetails r, LocalDate periodStart, LocalDate periodEnd, String at) {
        List<Problem> problems = List.of();
        if (r.reportedOn() != null && periodStart != null && periodEnd != null
                && (r.reportedOn().isBefore(periodStart) || r.reportedOn().isAfter(periodEnd))) {
            problems = add(problems, new Problem(at + "reportedOn", "reported on " + r.reportedOn()
                    + ", outside the return's period " + periodStart + ".." + periodEnd, "outside-period"));
        }
        if (r.victimAge() != null && (r.victimAge() < 0 || r.victimAge() > OLDEST_AGE)) {
            problems = add(problems, new Problem(at + "victimAge", "an age is a whole number of years from 0 to 120, not "
                    + r.victimAge() + " (leave it out when not known)", "age-range"));
        }
        if (r.homeOfficeOutcome() != null) {
            var implied = Outcome.ofHomeOfficeType(r.homeOfficeOutcome());
            if (implied.isEmpty()) {
                problems = add(problems, new Problem(at + "homeOfficeOutcome", "a Home Office outcome type is 0–22, not "
                        + r.homeOfficeOutcome(), "home-office-outcome"));
            } else if (r.outcome() != null && r.outcome() != implied.get()) {
                problems = add(problems, new Problem(at + "outcome", "outcome " + r.outcome()
                        + " contradicts Home Office outcome type " + r.homeOfficeOutcome() + ", which is " + implied.get(),
                        "outcome-contradiction"));
            }
        } else if (r.outcome() == null) {
            problems = add(problems, new Problem(at + "outcome",
                    "a report needs an outcome or a homeOfficeOutcome (UNKNOWN when not known)", "required"));
        }
        return problems;
    }

    /** Adds to a list that is usually empty without allocating one for every good report. */
    private static List<Problem> add(List<Problem> problems, Problem problem) {
        var more = problems.isEmpty() ? new ArrayList<Problem>(2) : problems;
        more.add(problem);
        return more;
    }

    /** The outcome a checked report is stored with. */
    public static Outcome outcomeOf(ReportDetails r) {
        return r.homeOfficeOutcome() != null ? Outcome.ofHomeOfficeType(r.homeOfficeOutcome()).orElseThrow() : r.outcome();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
