package id.pantauspbe.analysis;

import id.pantauspbe.base.Translated;
import java.util.Arrays;
import java.util.Locale;

/**
 * What the Tren page draws lines for, as chosen in its level select and kept in the URL ({@code
 * tingkat=aspek}); the text of each is {@code analysis.level.} + the constant's name.
 */
@Translated({"analysis.level."})
public enum TrendLevel {
    /** The index and its domains (the default, absent from the URL). */
    DOMAIN,
    /** The index and its aspects. */
    ASPEK,
    /** By OPD: shown by the opd feature's own page. */
    OPD;

    /** The value of the URL parameter. */
    public String param() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The level of a URL parameter; {@link #DOMAIN} when absent or unknown. */
    public static TrendLevel ofParam(String param) {
        return Arrays.stream(values())
                .filter(l -> l.param().equals(param))
                .findFirst()
                .orElse(DOMAIN);
    }
}
