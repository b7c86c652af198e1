package id.pantauspbe.engine;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The values an indicator may take: a range, whether fractions are allowed, and the names of the
 * levels (Rintisan … Optimum).
 */
public record LevelScale(String code, BigDecimal min, BigDecimal max, boolean decimals, Map<BigDecimal, String> names) {

    public LevelScale {
        Objects.requireNonNull(code);
        names = new TreeMap<>(names);
    }

    /** Whether the value lies on this scale: within range and whole unless decimals are allowed. */
    public boolean accepts(BigDecimal value) {
        if (value == null || value.compareTo(min) < 0 || value.compareTo(max) > 0) {
            return false;
        }
        return decimals ? value.scale() <= 2 || value.stripTrailingZeros().scale() <= 2 : isWhole(value);
    }

    /**
     * The name of the level a value reaches (the highest named level not above it); on a decimal
     * scale only a value that is itself a named level has a name. Null when there is none.
     */
    public String nameOf(BigDecimal value) {
        if (decimals) {
            return names.get(value);
        }
        String name = null;
        for (Map.Entry<BigDecimal, String> e : names.entrySet()) {
            if (e.getKey().compareTo(value) <= 0) {
                name = e.getValue();
            }
        }
        return name;
    }

    private static boolean isWhole(BigDecimal value) {
        return value.signum() == 0 || value.stripTrailingZeros().scale() <= 0;
    }
}
