package id.pantauspbe.dashboard.ui;

import id.pantauspbe.base.ui.Texts;
import java.util.List;
import java.util.Map;

/** Shared chart parts: the toolbox to save a chart as an image or read its data as a table. */
final class ChartTexts {

    private ChartTexts() {}

    static Map<String, Object> toolbox(Texts text, String fileName) {
        return Map.of(
                "right",
                8,
                "feature",
                Map.of(
                        "saveAsImage",
                        Map.of("title", text.get("chart.saveImage"), "name", fileName, "pixelRatio", 2),
                        "dataView",
                        Map.of(
                                "title",
                                text.get("chart.dataView"),
                                "readOnly",
                                true,
                                "lang",
                                List.of(
                                        text.get("chart.dataView"),
                                        text.get("chart.dataView.close"),
                                        text.get("chart.dataView.refresh")))));
    }
}
