package uk.nciistats.cohort;

import java.util.ArrayList;
import java.util.regex.Pattern;

/**
 * The cell key method's perturbation table (cohort-semantics §10): for a true value (capped at the
 * table's last row) and a cell key 0–255, the whole number added to a figure a VIEWER sees. A true
 * zero is never perturbed. Part of the documented configuration ({@code ncii.disclosure.table}):
 * changing it changes every published figure.
 *
 * <p>Written as rows separated by {@code ;}, each a true value ({@code 1}, {@code 2}, …, the last
 * with {@code +} for "this value and above") and the noise per range of cell keys:
 * {@code 1+: 0-15=-2, 16-79=-1, 80-175=0, 176-239=+1, 240-255=+2} is the default, a binomial
 * spread with mean 0 and variance 1 for every true value. Checked when read: every row covers the
 * keys 0–255 once, no noise exceeds ±D, and rows for true values above D have mean zero.
 */
public final class PerturbationTable {
    public static final String DEFAULT = "1+: 0-15=-2, 16-79=-1, 80-175=0, 176-239=+1, 240-255=+2";
    private static final int KEYS = 256;
    private static final Pattern ROW = Pattern.compile("\\s*(\\d+)(\\+?)\\s*:(.*)");
    private static final Pattern RANGE = Pattern.compile("\\s*(\\d+)\\s*-\\s*(\\d+)\\s*=\\s*([+-]?\\d+)\\s*");

    /** {@code noise[v - 1][key]} for true values v = 1 .. rows, the last row for every value above too. */
    private final int[][] noise;
    private final int maxNoise;

    private PerturbationTable(int[][] noise, int maxNoise) {
        this.noise = noise;
        this.maxNoise = maxNoise;
    }

    /** The table written in {@code text}, with noise at most ±{@code maxNoise}; refused with the reason. */
    public static PerturbationTable parse(String text, int maxNoise) {
        if (maxNoise < 0) {
            throw new IllegalArgumentException("ncii.disclosure.maxNoise must not be negative");
        }
        var rows = new ArrayList<int[]>();
        boolean open = false;
        for (var rowText : text.split(";")) {
            if (open) {
                throw new IllegalArgumentException("perturbation table: the row with '+' must be the last");
            }
            var m = ROW.matcher(rowText);
            if (!m.matches()) {
                throw new IllegalArgumentException("perturbation table: a row reads 'value: from-to=noise, …', not '"
                        + rowText.strip() + "'");
            }
            int value = Integer.parseInt(m.group(1));
            if (value != rows.size() + 1) {
                throw new IllegalArgumentException("perturbation table: rows run 1, 2, 3, … in order; found " + value
                        + " where " + (rows.size() + 1) + " belongs");
            }
            open = !m.group(2).isEmpty();
            rows.add(row(value, open, m.group(3), maxNoise));
        }
        if (!open) {
            throw new IllegalArgumentException("perturbation table: the last row must say '+' (that value and above)");
        }
        return new PerturbationTable(rows.toArray(int[][]::new), maxNoise);
    }

    private static int[] row(int value, boolean andAbove, String ranges, int maxNoise) {
        var noise = new int[KEYS];
        var seen = new boolean[KEYS];
        for (var rangeText : ranges.split(",")) {
            var m = RANGE.matcher(rangeText);
            if (!m.matches()) {
                throw new IllegalArgumentException("perturbation table, value " + value + ": a range reads 'from-to=noise',"
                        + " not '" + rangeText.strip() + "'");
            }
            int from = Integer.parseInt(m.group(1));
            int to = Integer.parseInt(m.group(2));
            int n = Integer.parseInt(m.group(3));
            if (from > to || to >= KEYS) {
                throw new IllegalArgumentException("perturbation table, value " + value + ": keys run 0-255, not "
                        + from + "-" + to);
            }
            if (Math.abs(n) > maxNoise) {
                throw new IllegalArgumentException("perturbation table, value " + value + ": noise " + n
                        + " exceeds ±" + maxNoise + " (ncii.disclosure.maxNoise)");
            }
            for (int k = from; k <= to; k++) {
                if (seen[k]) {
                    throw new IllegalArgumentException("perturbation table, value " + value + ": key " + k + " given twice");
                }
                seen[k] = true;
                noise[k] = n;
            }
        }
        long sum = 0;
        for (int k = 0; k < KEYS; k++) {
            if (!seen[k]) {
                throw new IllegalArgumentException("perturbation table, value " + value + ": no noise for key " + k);
            }
            sum += noise[k];
        }
        if ((value > maxNoise || andAbove) && sum != 0) {
            throw new IllegalArgumentException("perturbation table, value " + value + ": noise must average zero"
                    + " above ±" + maxNoise + " (it sums to " + sum + " over the 256 keys)");
        }
        return noise;
    }

    /** The noise for a true value and a cell key; 0 for a true zero. */
    public int noise(long trueValue, int cellKey) {
        if (trueValue <= 0) {
            return 0;
        }
        int row = (int) Math.min(trueValue, noise.length) - 1;
        return noise[row][cellKey & 0xff];
    }

    /** D: no figure moves further than this. */
    public int maxNoise() {
        return maxNoise;
    }

    /** The chance, over uniform cell keys, that two independent keys give the same noise to a value. */
    double chanceOfEqualNoise(long trueValue) {
        var counts = new java.util.HashMap<Integer, Integer>();
        for (int k = 0; k < KEYS; k++) {
            counts.merge(noise(trueValue, k), 1, Integer::sum);
        }
        double p = 0;
        for (int c : counts.values()) {
            p += (double) c / KEYS * c / KEYS;
        }
        return p;
    }

}
