package uk.nciistats.returns;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rule that keeps returns apart, and the one place it lives: a reference names one return, and
 * no two returns of one force and offence share a day of their periods (their reports would count
 * twice). {@link ReturnService} asks it about the one return it creates or revises; the interchange
 * import (and so the spreadsheet wizard, which stores through it) about every return of a file at
 * once, against the stored returns and against each other. Every clash is found, not only the
 * first, each with a stable rule name ({@code duplicate-ref}, {@code ref-exists}, {@code published},
 * {@code overlapping-period}) and a message; callers say where it is (a field, a line).
 */
public final class ReturnClashes {
    /** The IN lists of one query stay far below PostgreSQL's limit on parameters. */
    private static final int REFS_PER_QUERY = 1_000;

    private final ReturnRepository returns;

    public ReturnClashes(ReturnRepository returns) {
        this.returns = returns;
    }

    /**
     * A return about to be stored. {@code line} is where a file gave it (0 when not from a file), for
     * messages. {@code revises} is the id of the stored return it is a new version of (an update),
     * whose reference and period it may keep; null for a new return. {@code offenceCode} is null
     * when its row did not say enough to tell (another rule refuses that): its period is then not
     * compared.
     */
    public record Candidate(String ref, String forceCode, String offenceCode, LocalDate periodStart,
                            LocalDate periodEnd, long line, Long revises) {

        /** A new return, or a new version of stored return {@code revises}, as a person enters it. */
        public static Candidate of(ReturnDetails details, String offenceCode, Long revises) {
            return new Candidate(details.ref().trim(), details.forceCode(), offenceCode, details.periodStart(),
                    details.periodEnd(), 0, revises);
        }

        boolean overlaps(LocalDate start, LocalDate end) {
            return !periodStart.isAfter(end) && !start.isAfter(periodEnd);
        }

        String period() {
            return periodStart + ".." + periodEnd;
        }

        String described() {
            return "return '" + ref + "'" + (line > 0 ? " (line " + line + ")" : "");
        }
    }

    /** One broken rule: the candidate at fault, the rule's stable name, and what is wrong, in words. */
    public sealed interface Clash {
        Candidate candidate();

        String rule();

        String message();

        /** Whether it is about the reference (else: about the period). */
        default boolean aboutTheReference() {
            return !rule().equals("overlapping-period");
        }
    }

    /** The reference is given again among the candidates; {@code first} gave it first. */
    public record RefRepeated(Candidate candidate, Candidate first) implements Clash {
        public String rule() {
            return "duplicate-ref";
        }

        public String message() {
            return "reference '" + candidate.ref + "' is given again (first on line " + first.line + "):"
                    + " a reference names one return";
        }
    }

    /** The reference names a stored return that the candidate does not take the place of. */
    public record RefStored(Candidate candidate, DataReturn stored) implements Clash {
        public String rule() {
            return "ref-exists";
        }

        public String message() {
            return "a return with reference '" + candidate.ref + "' is stored already (" + stored.forceCode() + ", "
                    + stored.periodStart() + ".." + stored.periodEnd() + "): references are unique";
        }
    }

    /** The reference names a stored PUBLISHED return, which no import replaces. */
    public record PublishedStored(Candidate candidate, DataReturn stored) implements Clash {
        public String rule() {
            return "published";
        }

        public String message() {
            return "return '" + candidate.ref + "' is PUBLISHED and cannot be replaced: an ADMIN must set it back"
                    + " to DRAFT first";
        }
    }

    /** The period shares a day with a stored return of the same force and offence. */
    public record OverlapsStored(Candidate candidate, DataReturn stored) implements Clash {
        public String rule() {
            return "overlapping-period";
        }

        public String message() {
            return "the period " + candidate.period() + " overlaps stored return '" + stored.ref() + "' ("
                    + stored.periodStart() + ".." + stored.periodEnd() + ") of the same force and offence:"
                    + " its reports would count twice";
        }
    }

    /** The period shares a day with another candidate's of the same force and offence. */
    public record OverlapsCandidate(Candidate candidate, Candidate other) implements Clash {
        public String rule() {
            return "overlapping-period";
        }

        public String message() {
            return "the period " + candidate.period() + " overlaps " + other.described() + ", " + other.period()
                    + ", of the same force and offence: its reports would count twice";
        }
    }

    /**
     * What the candidates clash with. {@code replaced}: the stored returns, by reference, that
     * candidates take the place of because the caller asked to replace stored references.
     */
    public record Found(List<Clash> clashes, Map<String, DataReturn> replaced) {
        public boolean none() {
            return clashes.isEmpty();
        }
    }

    /**
     * Every clash of the candidates, in their order: a reference given twice (the later candidate is
     * then left out of every other check), a stored reference (which, with {@code replaceStored}, the
     * candidate replaces instead, unless that return is PUBLISHED), and a period that overlaps a
     * stored return or another candidate of the same force and offence. A stored return that a
     * candidate revises or replaces is not compared with it.
     */
    public Found check(List<Candidate> candidates, boolean replaceStored) {
        var clashes = new ArrayList<Clash>();
        var distinct = distinctRefs(candidates, clashes);
        var replaced = checkReferences(distinct, replaceStored, clashes);
        checkAgainstStoredPeriods(distinct, replaced, clashes);
        checkPeriodsAmongThemselves(distinct, clashes);
        var position = new IdentityHashMap<Candidate, Integer>();
        for (int i = 0; i < candidates.size(); i++) {
            position.putIfAbsent(candidates.get(i), i);
        }
        clashes.sort(Comparator.comparingInt(c -> position.get(c.candidate())));
        return new Found(List.copyOf(clashes), Map.copyOf(replaced));
    }

    private static List<Candidate> distinctRefs(List<Candidate> candidates, List<Clash> clashes) {
        var first = new LinkedHashMap<String, Candidate>();
        for (var c : candidates) {
            var earlier = first.putIfAbsent(c.ref, c);
            if (earlier != null) {
                clashes.add(new RefRepeated(c, earlier));
            }
        }
        return List.copyOf(first.values());
    }

    private Map<String, DataReturn> checkReferences(List<Candidate> candidates, boolean replaceStored,
                                                    List<Clash> clashes) {
        var refs = candidates.stream().map(Candidate::ref).toList();
        var stored = new HashMap<String, DataReturn>();
        for (int i = 0; i < refs.size(); i += REFS_PER_QUERY) {
            stored.putAll(returns.byRefs(refs.subList(i, Math.min(refs.size(), i + REFS_PER_QUERY))));
        }
        var replaced = new HashMap<String, DataReturn>();
        for (var c : candidates) {
            var existing = stored.get(c.ref);
            if (existing == null || existing.id().equals(c.revises)) {
                continue;
            }
            if (!replaceStored) {
                clashes.add(new RefStored(c, existing));
            } else if (existing.status() == ReturnStatus.PUBLISHED) {
                clashes.add(new PublishedStored(c, existing));
            } else {
                replaced.put(c.ref, existing);
            }
        }
        return replaced;
    }

    /** Stored returns are read once for each force and offence, over the span of the candidates' periods. */
    private void checkAgainstStoredPeriods(List<Candidate> candidates, Map<String, DataReturn> replaced,
                                           List<Clash> clashes) {
        var apart = new HashSet<Long>();
        replaced.values().forEach(r -> apart.add(r.id()));
        candidates.stream().filter(c -> c.revises != null).forEach(c -> apart.add(c.revises));
        for (var group : byForceAndOffence(candidates).values()) {
            var start = group.stream().map(Candidate::periodStart).min(Comparator.naturalOrder()).orElseThrow();
            var end = group.stream().map(Candidate::periodEnd).max(Comparator.naturalOrder()).orElseThrow();
            var stored = returns.overlapping(group.get(0).forceCode, group.get(0).offenceCode, start, end);
            for (var c : group) {
                stored.stream().filter(s -> !apart.contains(s.id()) && !s.ref().equals(c.ref)
                                && c.overlaps(s.periodStart(), s.periodEnd()))
                        .forEach(s -> clashes.add(new OverlapsStored(c, s)));
            }
        }
    }

    /** Each candidate is compared with the one reaching furthest among those starting before it. */
    private static void checkPeriodsAmongThemselves(List<Candidate> candidates, List<Clash> clashes) {
        for (var group : byForceAndOffence(candidates).values()) {
            var sorted = new ArrayList<>(group);
            sorted.sort(Comparator.comparing(Candidate::periodStart).thenComparingLong(Candidate::line));
            Candidate reaching = null;
            for (var c : sorted) {
                if (reaching != null && !c.periodStart.isAfter(reaching.periodEnd)) {
                    clashes.add(new OverlapsCandidate(c, reaching));
                }
                if (reaching == null || c.periodEnd.isAfter(reaching.periodEnd)) {
                    reaching = c;
                }
            }
        }
    }

    /** The candidates whose offence and period are known, grouped by force and offence. */
    private static Map<String, List<Candidate>> byForceAndOffence(List<Candidate> candidates) {
        var groups = new LinkedHashMap<String, List<Candidate>>();
        for (var c : candidates) {
            if (c.offenceCode != null && c.periodStart != null && c.periodEnd != null) {
                groups.computeIfAbsent(c.forceCode + "/" + c.offenceCode, k -> new ArrayList<>()).add(c);
            }
        }
        return groups;
    }
}
