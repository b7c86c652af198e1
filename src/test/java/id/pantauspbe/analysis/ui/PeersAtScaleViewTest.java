package id.pantauspbe.analysis.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;
import id.pantauspbe.KaribuTest;
import id.pantauspbe.base.ui.Chart;
import id.pantauspbe.engine.Framework;
import id.pantauspbe.engine.Node;
import id.pantauspbe.evaluation.BulkValueWriter;
import id.pantauspbe.evaluation.EvaluationService;
import id.pantauspbe.evaluation.Instansi;
import id.pantauspbe.evaluation.Stage;
import id.pantauspbe.evaluation.ValueBatch;
import id.pantauspbe.evaluation.YearResult;
import id.pantauspbe.framework.FrameworkService;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * Pembanding with 650 instansi in a year: the rank "x dari N", the percentile, the grid reaching
 * rows past 500 and opening at the home Pemda's row, and charts that never draw one line per instansi.
 */
// a database of its own (the shared in-memory one outlives contexts): these writes touch no other test
// an H2 database of its own, also in the PostgreSQL run of .ci/run (whose properties it overrides)
@TestPropertySource(
        properties = {
            "spring.datasource.url=jdbc:h2:mem:peers-at-scale;DB_CLOSE_DELAY=-1",
            "spring.datasource.username=sa",
            "spring.datasource.password=",
            "spring.jooq.sql-dialect=H2"
        })
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class PeersAtScaleViewTest extends KaribuTest {

    private static final int MANY = 650;
    private static boolean loaded;

    @Autowired
    BulkValueWriter bulk;

    @Autowired
    EvaluationService evaluation;

    @Autowired
    FrameworkService frameworks;

    @BeforeEach
    void loadManyInstansi() {
        login("koordinator", "ADMIN");
        if (loaded) {
            return;
        }
        Map<String, String> names = new LinkedHashMap<>();
        for (int n = 1; n <= MANY; n++) {
            names.put(String.format("SKALA-%04d", n), String.format("Kabupaten Skala %04d", n));
        }
        bulk.registerInstansi(names);
        Framework framework = frameworks.forYear(2024).orElseThrow();
        SplittableRandom random = new SplittableRandom(7);
        ValueBatch batch = new ValueBatch();
        for (String code : names.keySet()) {
            // a level per instansi, each indicator one above or below it: a spread from 1 to 5
            int level = 1 + random.nextInt(5);
            for (Node indicator : framework.indicators()) {
                int value = Math.max(1, Math.min(5, level - 1 + random.nextInt(3)));
                batch.add(code, 2024, Stage.FINAL, indicator.code(), BigDecimal.valueOf(value));
            }
        }
        bulk.write(batch, BulkValueWriter.Source.LOADER, "uji");
        loaded = true;
    }

    @Test
    void theRankingOfAYearShowsRankPercentileAndEveryRow() {
        login("kadis", "PIMPINAN");
        UI.getCurrent().navigate("pembanding", QueryParameters.simple(Map.of("tahun", "2024")));

        List<YearResult> ranked = evaluation.yearResults(2024).stream()
                .filter(YearResult::rankable)
                .filter(r -> evaluation.find(r.instansiCode()).orElseThrow().kind() != Instansi.Kind.NASIONAL)
                .toList();
        BigDecimal home = ranked.stream()
                .filter(r -> r.instansiCode().equals("CONTOH"))
                .findFirst()
                .orElseThrow()
                .value();
        long higher = ranked.stream().filter(r -> r.value().compareTo(home) > 0).count();
        long lower = ranked.stream().filter(r -> r.value().compareTo(home) < 0).count();
        assertThat(ranked.size()).isGreaterThan(MANY);
        assertThat(higher).as("the home Pemda is in the middle of the ranking").isBetween(100L, 550L);

        String position =
                _get(Paragraph.class, s -> s.withClasses("peers-position")).getText();
        assertThat(position)
                .startsWith("Kabupaten Contoh: peringkat " + (higher + 1) + " dari " + ranked.size() + " instansi")
                .contains("persentil " + (100 * lower / ranked.size()) + ")");

        Grid<?> grid = _get(Grid.class, s -> s.withClasses("ranking-grid"));
        assertThat(GridKt._size(grid)).isEqualTo(ranked.size());
        assertThat(grid.isAllRowsVisible()).isFalse();
        assertThat(GridKt._getFormattedRow(grid, 600).get(1)).startsWith("Kabupaten Skala ");
        assertThat(GridKt._getFormattedRow(grid, ranked.size() - 1).getFirst()).isNotEqualTo("–");
        int homeRow = Integer.parseInt(grid.getElement().getAttribute("data-home-row"));
        assertThat(GridKt._getFormattedRow(grid, homeRow))
                .containsSequence(String.valueOf(higher + 1), "Kabupaten Contoh");

        String lines = _get(Chart.class, s -> s.withClasses("peers-chart"))
                .getElement()
                .getProperty("option");
        assertThat(count(lines, "\"type\":\"line\"")).isBetween(2, 12);
        assertThat(lines).contains("Kabupaten Contoh").contains("Rata-rata Nasional");
        String spread = _get(Chart.class, s -> s.withClasses("peers-distribution"))
                .getElement()
                .getProperty("option");
        assertThat(count(spread, "\"type\":\"bar\"")).isEqualTo(1);
        assertThat(spread).contains("Kabupaten Contoh").contains("dari " + ranked.size());
    }

    @Test
    void withoutAYearTheLatestRankedYearIsShownAndChosenPeersAreDrawn() {
        login("kadis", "PIMPINAN");
        UI.getCurrent().navigate("pembanding", QueryParameters.simple(Map.of("banding", "SKALA-0001,SKALA-0002")));
        String lines = _get(Chart.class, s -> s.withClasses("peers-chart"))
                .getElement()
                .getProperty("option");
        assertThat(lines).contains("Kabupaten Skala 0001").contains("Kabupaten Skala 0002");
        assertThat(lines).doesNotContain("Kabupaten Skala 0003");
    }

    private static int count(String text, String part) {
        Matcher m = Pattern.compile(Pattern.quote(part)).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
