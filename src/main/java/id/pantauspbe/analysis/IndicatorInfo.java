package id.pantauspbe.analysis;

import id.pantauspbe.engine.IndicatorResult;
import java.math.BigDecimal;

/** An indicator's place in its framework. */
public record IndicatorInfo(
        String code,
        String name,
        String domainCode,
        String domainName,
        String aspectCode,
        String aspectName,
        BigDecimal weight) {

    static IndicatorInfo of(IndicatorResult i) {
        return new IndicatorInfo(
                i.code(), i.name(), i.domainCode(), i.domainName(), i.aspectCode(), i.aspectName(), i.weight());
    }

    /**
     * The name without the "Tingkat Kematangan" (maturity level) prefix most 59/2020 names share,
     * cut to {@code max} characters; for labels where space is short.
     */
    public String shortName(int max) {
        String s = name.startsWith(MATURITY) ? name.substring(MATURITY.length()) : name;
        return s.length() > max ? s.substring(0, max - 1) + "…" : s;
    }

    private static final String MATURITY = "Tingkat Kematangan ";

    /** The domain, or the aspect for a framework without domains. */
    public String groupName() {
        return domainName != null ? domainName : aspectName;
    }
}
