package id.pantauspbe.engine;

import id.pantauspbe.framework.FrameworkFiles;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/** The real frameworks from the shipped reference files, for plain unit tests. */
final class Frameworks {

    static final Map<String, Framework> ALL = load();

    private Frameworks() {}

    static Framework of(String code) {
        return ALL.get(code);
    }

    /** Every indicator of a framework at the same value. */
    static Map<String, BigDecimal> all(Framework framework, String value) {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        framework.indicators().forEach(i -> values.put(i.code(), new BigDecimal(value)));
        return values;
    }

    private static Map<String, Framework> load() {
        Map<String, LevelScale> scales = FrameworkFiles.levelScales();
        Map<String, Framework> frameworks = new LinkedHashMap<>();
        for (FrameworkFiles.Listing listing : FrameworkFiles.listings()) {
            frameworks.put(listing.code(), FrameworkFiles.framework(listing, scales));
        }
        return frameworks;
    }
}
