package id.pantauspbe.base.ui.chart;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import id.pantauspbe.KaribuTest;
import id.pantauspbe.base.ui.Chart;
import id.pantauspbe.opd.Opd;
import id.pantauspbe.opd.OpdService;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every ECharts option of the chart views for the demo data (Kabupaten Contoh, 2021 under the old
 * framework and 2026 under the new one) is the JSON recorded in {@code charts/options.json} before
 * the options were built with typed parts: the typed builders change no chart. Compared as JSON
 * trees (key order aside). Record again with {@code -Dcharts.record=true} only when a chart is meant
 * to change, and review the diff.
 */
// a database of its own: no other test's writes can change a figure here
@TestPropertySource(
        properties = {
            "spring.datasource.url=jdbc:h2:mem:chart-options;DB_CLOSE_DELAY=-1",
            "spring.datasource.username=sa",
            "spring.datasource.password=",
            "spring.jooq.sql-dialect=H2"
        })
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class ChartOptionsTest extends KaribuTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String RESOURCE = "/charts/options.json";

    @Autowired
    OpdService opds;

    @Test
    void everyChartOfTheDemoDataIsUnchanged() throws IOException {
        login("koordinator", "ADMIN");
        Opd dinsos = opds.findByShortName("CONTOH", "Dinsos").orElseThrow();
        Map<String, List<JsonNode>> actual = new LinkedHashMap<>();
        for (String year : List.of("2021", "2026")) {
            capture(actual, "", Map.of("tahun", year));
            capture(actual, "tren", Map.of("tahun", year));
            capture(actual, "tren", Map.of("tahun", year, "tingkat", "aspek"));
            capture(actual, "tren", Map.of("tahun", year, "tampilan", "setara"));
            capture(actual, "indikator", Map.of("tahun", year));
            capture(actual, "pembanding", Map.of("tahun", year));
            capture(actual, "opd", Map.of("tahun", year));
            capture(actual, "opd/" + dinsos.id(), Map.of("tahun", year));
            for (int slide = 1; slide <= 10; slide++) {
                capture(actual, "rakor", Map.of("tahun", year, "slide", String.valueOf(slide)));
            }
        }
        capture(actual, "rakor", Map.of("tahun", "2023", "slide", "4"));
        capture(actual, "opd", Map.of("tahun", "2025"));
        capture(actual, "opd/" + dinsos.id(), Map.of("tahun", "2025"));
        capture(actual, "tren", Map.of("tahun", "2023", "dari", "2022"));
        capture(actual, "tren", Map.of("tahun", "2025", "dari", "2024"));
        capture(actual, "indikator/PERMENPANRB-8-2026/I1", Map.of());
        capture(actual, "indikator/PERMENPANRB-59-2020/I1", Map.of());
        capture(actual, "tren-opd", Map.of());
        capture(actual, "tren-opd", Map.of("tampilan", "kecil"));
        capture(actual, "tren-opd", Map.of("pilih", "Dinsos"));
        JsonNode tree = JSON.valueToTree(actual);
        if (Boolean.getBoolean("charts.record")) {
            Path file = Path.of("src/test/resources" + RESOURCE);
            Files.createDirectories(file.getParent());
            Files.writeString(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(tree) + "\n");
        }
        JsonNode expected;
        try (InputStream in = getClass().getResourceAsStream(RESOURCE)) {
            assertThat(in).as(RESOURCE).isNotNull();
            expected = JSON.readTree(in);
        }
        assertThat(actual.keySet()).containsExactlyElementsOf(expected.propertyNames());
        long charts = 0;
        for (var page : actual.entrySet()) {
            List<JsonNode> options = page.getValue();
            JsonNode recorded = expected.get(page.getKey());
            assertThat(options).as(page.getKey()).hasSize(recorded.size());
            for (int i = 0; i < options.size(); i++) {
                assertThat(options.get(i)).as(page.getKey() + " chart " + i).isEqualTo(recorded.get(i));
                charts++;
            }
        }
        // the demo data draws charts on most of these pages
        assertThat(charts).isGreaterThan(25);
    }

    private void capture(Map<String, List<JsonNode>> into, String route, Map<String, String> params) {
        Map<String, String> all = new LinkedHashMap<>(params);
        all.put("instansi", "CONTOH");
        UI.getCurrent().navigate(route, QueryParameters.simple(all));
        List<JsonNode> options = new ArrayList<>();
        for (Chart chart : _find(Chart.class)) {
            String option = chart.getElement().getProperty("option");
            if (option != null) {
                options.add(JSON.readTree(option));
            }
        }
        into.put(route + new java.util.TreeMap<>(all), options);
    }
}
