package id.pantauspbe.base.ui.chart;

import id.pantauspbe.base.Texts;
import java.util.List;
import java.util.Map;

/** The chart's tools: save as image and show the data as a table. */
public final class Toolbox extends Part<Toolbox> {

    private Toolbox(Map<String, Object> values) {
        super(values);
    }

    /** Save as image and show the data as a table (people paste both into slides and chats). */
    public static Toolbox saveAndData(Texts text, String fileName) {
        return new Toolbox(with("right", 8))
                .set(
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
                                        "downloadLabel",
                                        text.get("chart.dataView.download"),
                                        "fileName",
                                        fileName,
                                        "lang",
                                        List.of(
                                                text.get("chart.dataView"),
                                                text.get("chart.dataView.close"),
                                                text.get("chart.dataView.refresh")))));
    }

    @Override
    Toolbox copy(Map<String, Object> values) {
        return new Toolbox(values);
    }
}
