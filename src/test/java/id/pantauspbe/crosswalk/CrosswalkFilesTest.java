package id.pantauspbe.crosswalk;

import static org.assertj.core.api.Assertions.assertThat;

import id.pantauspbe.engine.Framework;
import id.pantauspbe.engine.LevelScale;
import id.pantauspbe.framework.FrameworkFiles;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The shipped crosswalk files against the shipped frameworks, and the checks of bad rows. No Spring. */
class CrosswalkFilesTest {

    private static final Map<String, Framework> FRAMEWORKS = load();
    private static final String FILE = "crosswalk-permenpanrb-5-2018-to-59-2020.csv";

    @Test
    void shippedFilesAreValidAndHoldEveryKindOfPair() {
        for (String file : CrosswalkFiles.FILES) {
            assertThat(CrosswalkFiles.validate(file, CrosswalkFiles.read(file), FRAMEWORKS))
                    .as(file)
                    .isEmpty();
        }
        List<CrosswalkPair> first = CrosswalkFiles.pairs(CrosswalkFiles.read(FILE));
        // Rencana Induk (I20) became Arsitektur (I11) and Peta Rencana (I12): one-to-many
        assertThat(first)
                .filteredOn(p -> p.fromIndicator().equals("I20"))
                .extracting(CrosswalkPair::toIndicator)
                .containsExactly("I11", "I12");
        List<CrosswalkPair> second = CrosswalkFiles.pairs(CrosswalkFiles.read(CrosswalkFiles.FILES.get(1)));
        // the three audits of 59/2020 and its audit policy are one audit indicator in 8/2026: many-to-one
        assertThat(second)
                .filteredOn(p -> p.toIndicator().equals("I9"))
                .extracting(CrosswalkPair::fromIndicator)
                .containsExactly("I9", "I29", "I30", "I31");
        assertThat(first).allSatisfy(p -> assertThat(p.reason()).isNotBlank());
    }

    @Test
    void badRowsAreNamedByFileRowAndColumn() {
        List<Map<String, String>> rows =
                new ArrayList<>(CrosswalkFiles.read(FILE).subList(0, 3));
        rows.set(1, with(rows.get(1), "to_indicator", "I99"));
        rows.set(2, with(rows.get(2), "reason", ""));
        rows.add(rows.getFirst());
        rows.add(with(rows.getFirst(), "to_framework", "PERMENPANRB-8-2026"));
        List<CrosswalkProblem> problems = CrosswalkFiles.validate(FILE, rows, FRAMEWORKS);
        assertThat(problems)
                .extracting(CrosswalkProblem::row, CrosswalkProblem::column, CrosswalkProblem::key)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(3, "to_indicator", "setara.file.unknownIndicator"),
                        org.assertj.core.groups.Tuple.tuple(4, "reason", "setara.file.blank"),
                        org.assertj.core.groups.Tuple.tuple(5, "to_indicator", "setara.file.duplicate"),
                        org.assertj.core.groups.Tuple.tuple(6, "to_framework", "setara.file.otherFramework"));
        assertThat(problems.getFirst().text())
                .isEqualTo(FILE + " baris 3, kolom to_indicator: Indikator \"I99\" tidak ada dalam"
                        + " PERMENPANRB-59-2020.");
    }

    @Test
    void aMissingColumnIsReportedOnTheHeader() {
        Map<String, String> row = new LinkedHashMap<>(CrosswalkFiles.read(FILE).getFirst());
        row.remove("reason");
        List<CrosswalkProblem> problems = CrosswalkFiles.validate(FILE, List.of(row), FRAMEWORKS);
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.row()).isEqualTo(1);
            assertThat(p.text()).isEqualTo(FILE + " baris 1, kolom reason: Kolom reason tidak ada.");
        });
        assertThat(CrosswalkFiles.validate(FILE, List.of(), FRAMEWORKS))
                .extracting(CrosswalkProblem::key)
                .containsExactly("setara.file.empty");
    }

    private static Map<String, String> with(Map<String, String> row, String column, String value) {
        Map<String, String> copy = new LinkedHashMap<>(row);
        copy.put(column, value);
        return copy;
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
