package id.pantauspbe.base.ui;

import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reading and writing the selections kept in the URL ({@code ?instansi=CONTOH&tahun=2021}). */
public final class QueryParams {

    public static final String INSTANSI = "instansi";
    public static final String YEAR = "tahun";

    private QueryParams() {}

    public static String first(Location location, String key) {
        List<String> values = location.getQueryParameters().getParameters().get(key);
        return values == null || values.isEmpty() ? null : values.getFirst();
    }

    /** A four-digit year, or null. */
    public static Integer year(String text) {
        if (text == null || !text.strip().matches("\\d{4}")) {
            return null;
        }
        return Integer.valueOf(text.strip());
    }

    /** Query parameters from name/value pairs; null values are left out. */
    public static QueryParameters of(Object... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            if (pairs[i + 1] != null) {
                map.put(String.valueOf(pairs[i]), String.valueOf(pairs[i + 1]));
            }
        }
        return QueryParameters.simple(map);
    }
}
