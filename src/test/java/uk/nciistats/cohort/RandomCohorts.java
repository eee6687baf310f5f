package uk.nciistats.cohort;

import uk.nciistats.reference.Country;
import uk.nciistats.returns.AgeRange;
import uk.nciistats.returns.CountCell;
import uk.nciistats.returns.CountDimension;
import uk.nciistats.returns.Gender;
import uk.nciistats.returns.Outcome;
import uk.nciistats.returns.Platform;
import uk.nciistats.returns.ReturnStatus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;

/** Random returns and random questions, reproducible from a seed, with dates at bucket edges. */
final class RandomCohorts {
    private static final String[][] FORCES = {{"E23000001", "Metropolitan Police", "London"},
            {"E23000032", "Kent", "South East"}, {"E23000033", "Sussex", "South East"}, {"W15000001", "North Wales", "Wales"}};
    private final Random random;
    private long nextId = 1;

    RandomCohorts(long seed) {
        this.random = new Random(seed);
    }

    /** A RECORDS return with {@code n} reports, some undated when {@code undated}. */
    Oracle.RawReturn records(int n, boolean undated) {
        var force = FORCES[random.nextInt(FORCES.length)];
        var start = LocalDate.of(2015 + random.nextInt(3), 1 + random.nextInt(12), 1).plusDays(random.nextInt(28));
        var end = start.plusDays(20 + random.nextInt(500));
        var raws = new ArrayList<Oracle.Raw>();
        var cols = new ReportColumns(n);
        for (int i = 0; i < n; i++) {
            LocalDate day = undated && random.nextInt(6) == 0 ? null : dayIn(start, end);
            Integer age = random.nextInt(12) == 0 ? null : random.nextInt(10) == 0 ? random.nextInt(121) : 11 + random.nextInt(50);
            var gender = Gender.values()[random.nextInt(Gender.values().length)];
            var outcome = Outcome.values()[random.nextInt(Outcome.values().length)];
            int platforms = random.nextInt(3) == 0 ? 0 : random.nextInt(64);
            raws.add(new Oracle.Raw(day, age, gender, outcome, platforms, random.nextInt(256)));
        }
        if (random.nextInt(4) > 0) { // as the index loads them; else in no order, counted one by one
            raws.sort(java.util.Comparator.comparing(Oracle.Raw::day, java.util.Comparator.nullsFirst(
                    java.util.Comparator.naturalOrder())));
        }
        for (var raw : raws) {
            cols.add(raw.day() == null ? ReportColumns.NO_DATE : (int) raw.day().toEpochDay(),
                    raw.age() == null ? -1 : raw.age(), raw.gender().ordinal(), raw.outcome().ordinal(), raw.platforms(),
                    raw.key());
        }
        var facts = new ReturnFacts(nextId++, 1, "R" + nextId, force[0], force[1], force[2],
                force[0].startsWith("W") ? Country.WALES : Country.ENGLAND, "CJCA2015-S33", ReturnStatus.PUBLISHED,
                start, end, cols, null);
        return new Oracle.RawReturn(facts, raws);
    }

    /** The same reports published as an AGGREGATE return: random bands, margins left out or short. */
    ReturnFacts publish(Oracle.RawReturn hidden, List<AgeRange> bands) {
        var cells = new ArrayList<CountCell>();
        var reports = hidden.reports();
        cells.add(new CountCell(CountDimension.TOTAL, "", reports.size()));
        int skip = random.nextInt(3) == 0 ? random.nextInt(reports.size() + 1) : 0;
        if (random.nextInt(5) > 0) {
            for (var band : bands) {
                long c = reports.stream().skip(skip).filter(r -> r.age() != null && r.age() >= band.min() && r.age() <= band.max()).count();
                cells.add(new CountCell(CountDimension.AGE, band.label(), (int) c));
            }
            if (random.nextBoolean()) {
                cells.add(new CountCell(CountDimension.AGE, "UNKNOWN", (int) reports.stream().skip(skip).filter(r -> r.age() == null).count()));
            }
        }
        if (random.nextInt(4) > 0) {
            for (var o : Outcome.values()) {
                cells.add(new CountCell(CountDimension.OUTCOME, o.name(), (int) reports.stream().skip(skip).filter(r -> r.outcome() == o).count()));
            }
        }
        if (random.nextInt(4) > 0) {
            for (var g : Gender.values()) {
                cells.add(new CountCell(CountDimension.GENDER, g.name(), (int) reports.stream().skip(skip).filter(r -> r.gender() == g).count()));
            }
        }
        if (random.nextInt(4) > 0) {
            for (var p : Platform.values()) {
                cells.add(new CountCell(CountDimension.PLATFORM, p.name(), (int) reports.stream().filter(r -> (r.platforms() & p.bit()) != 0).count()));
            }
            cells.add(new CountCell(CountDimension.PLATFORM, "NONE", (int) reports.stream().filter(r -> r.platforms() == 0).count()));
        }
        var f = hidden.facts();
        return new ReturnFacts(f.id(), f.version(), f.ref(), f.forceCode(), f.forceName(), f.region(), f.country(),
                f.offenceCode(), f.status(), f.periodStart(), f.periodEnd(), null, PublishedMargins.of(cells));
    }

    /** Contiguous bands covering 0–120 with random cut points. */
    List<AgeRange> partition() {
        var bands = new ArrayList<AgeRange>();
        int lo = 0;
        while (lo <= 120) {
            int hi = lo + random.nextInt(30);
            if (hi >= 110 || random.nextInt(8) == 0) {
                bands.add(new AgeRange(lo, 120, true));
                break;
            }
            bands.add(new AgeRange(lo, hi, false));
            lo = hi + 1;
        }
        return bands;
    }

    /** A random question: dimensions in random order (one calendar at most), filters, dates at edges. */
    CohortQuestion question() {
        var all = new ArrayList<>(List.of(Dimension.FORCE, Dimension.REGION, Dimension.AGE_BAND, Dimension.OUTCOME,
                Dimension.PLATFORM, Dimension.GENDER, Dimension.COUNTRY));
        all.add(List.of(Dimension.YEAR, Dimension.QUARTER, Dimension.MONTH).get(random.nextInt(3)));
        java.util.Collections.shuffle(all, random);
        var groupBy = new ArrayList<>(all.subList(0, random.nextInt(4)));
        var bands = random.nextBoolean() ? CohortQuestion.DEFAULT_BANDS : randomBands();
        LocalDate from = random.nextBoolean() ? null : edgeDay();
        LocalDate to = random.nextBoolean() ? null : edgeDay();
        if (from != null && to != null && from.isAfter(to)) {
            var t = from;
            from = to;
            to = t;
        }
        List<AgeRange> ageFilter = random.nextInt(4) == 0 ? randomBands() : null;
        EnumSet<Outcome> outcomes = random.nextInt(4) == 0 ? someOf(Outcome.class) : null;
        EnumSet<Gender> genders = random.nextInt(5) == 0 ? someOf(Gender.class) : null;
        EnumSet<Platform> platforms = random.nextInt(4) == 0 ? someOf(Platform.class) : null;
        var base = random.nextBoolean() ? ShareBase.PARENT : ShareBase.KNOWN;
        return new CohortQuestion(null, null, null, null, null, from, to, ageFilter, outcomes, platforms, genders,
                groupBy, bands, base);
    }

    /** Up to four bands that may overlap or leave gaps. */
    List<AgeRange> randomBands() {
        var bands = new ArrayList<AgeRange>();
        int n = 1 + random.nextInt(4);
        for (int i = 0; i < n; i++) {
            int lo = random.nextInt(70);
            var band = random.nextInt(5) == 0 ? new AgeRange(lo, 120, true) : new AgeRange(lo, lo + random.nextInt(30), false);
            if (!bands.contains(band)) {
                bands.add(band);
            }
        }
        return bands;
    }

    private <E extends Enum<E>> EnumSet<E> someOf(Class<E> type) {
        var set = EnumSet.noneOf(type);
        for (var e : type.getEnumConstants()) {
            if (random.nextBoolean()) {
                set.add(e);
            }
        }
        if (set.isEmpty()) {
            set.add(type.getEnumConstants()[0]);
        }
        return set;
    }

    private LocalDate dayIn(LocalDate start, LocalDate end) {
        var edges = new ArrayList<LocalDate>();
        for (var d = start.withDayOfMonth(1); !d.isAfter(end); d = d.plusMonths(1)) {
            edges.add(d);
            edges.add(d.minusDays(1));
        }
        edges.removeIf(d -> d.isBefore(start) || d.isAfter(end));
        if (!edges.isEmpty() && random.nextInt(3) == 0) {
            return edges.get(random.nextInt(edges.size()));
        }
        return start.plusDays(random.nextInt((int) (end.toEpochDay() - start.toEpochDay()) + 1));
    }

    private LocalDate edgeDay() {
        var d = LocalDate.of(2015 + random.nextInt(4), 1 + 3 * random.nextInt(4), 1);
        return switch (random.nextInt(3)) {
            case 0 -> d;
            case 1 -> d.minusDays(1);
            default -> d.plusDays(random.nextInt(80));
        };
    }
}
