package id.pantauspbe.evaluation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Indicator values of many instansi, years and stages, to be stored at once by {@link
 * BulkValueWriter}. Kept in columns of primitives (about 17 bytes a value, codes stored once), so
 * that a national file of half a million values takes a few megabytes.
 */
public final class ValueBatch {

    private final List<String> codes = new ArrayList<>();
    private final Map<String, Integer> codeIndex = new HashMap<>();
    private final List<String> indicators = new ArrayList<>();
    private final Map<String, Integer> indicatorIndex = new HashMap<>();
    private int[] instansi = new int[1024];
    private int[] years = new int[1024];
    private byte[] stages = new byte[1024];
    private short[] indicator = new short[1024];
    private int[] hundredths = new int[1024];
    private int size;

    /**
     * Adds one value.
     *
     * @throws IllegalArgumentException for a value with more than two decimals or above 999.99
     */
    public void add(String instansiCode, int year, Stage stage, String indicatorCode, BigDecimal value) {
        int scaled;
        try {
            scaled = value.movePointRight(2).intValueExact();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("value " + value + " has more than two decimals", e);
        }
        if (Math.abs(scaled) > 99_999) {
            throw new IllegalArgumentException("value " + value + " is out of range");
        }
        if (size == instansi.length) {
            int capacity = size * 2;
            instansi = Arrays.copyOf(instansi, capacity);
            years = Arrays.copyOf(years, capacity);
            stages = Arrays.copyOf(stages, capacity);
            indicator = Arrays.copyOf(indicator, capacity);
            hundredths = Arrays.copyOf(hundredths, capacity);
        }
        instansi[size] = index(codes, codeIndex, instansiCode);
        years[size] = year;
        stages[size] = (byte) stage.ordinal();
        int ind = index(indicators, indicatorIndex, indicatorCode);
        if (ind > Short.MAX_VALUE) {
            throw new IllegalArgumentException("too many distinct indicator codes");
        }
        indicator[size] = (short) ind;
        hundredths[size] = scaled;
        size++;
    }

    private static int index(List<String> values, Map<String, Integer> index, String value) {
        Integer i = index.get(value);
        if (i == null) {
            i = values.size();
            values.add(value);
            index.put(value, i);
        }
        return i;
    }

    public int size() {
        return size;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    /** The distinct instansi codes, in order of first appearance. */
    public List<String> instansiCodes() {
        return List.copyOf(codes);
    }

    int instansiIndex(int i) {
        return instansi[i];
    }

    /** The position of a code in {@link #instansiCodes()}, or -1. */
    int indexOfInstansi(String code) {
        Integer i = codeIndex.get(code);
        return i == null ? -1 : i;
    }

    String instansi(int i) {
        return codes.get(instansi[i]);
    }

    int year(int i) {
        return years[i];
    }

    Stage stage(int i) {
        return Stage.values()[stages[i]];
    }

    String indicator(int i) {
        return indicators.get(indicator[i]);
    }

    /** The value in hundredths (3.25 → 325). */
    int hundredths(int i) {
        return hundredths[i];
    }

    BigDecimal value(int i) {
        return BigDecimal.valueOf(hundredths[i], 2);
    }
}
