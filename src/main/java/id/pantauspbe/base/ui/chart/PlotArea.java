package id.pantauspbe.base.ui.chart;

import java.util.Map;

/** Where a plot stands in the chart, in pixels or percent: ECharts' {@code grid} (named apart from Vaadin's grid). */
public final class PlotArea extends Part<PlotArea> {

    private PlotArea(Map<String, Object> values) {
        super(values);
    }

    /** Margins in pixels, axis labels inside them. */
    public static PlotArea margins(int left, int right, int top, int bottom) {
        return new PlotArea(with("left", left))
                .set("right", right)
                .set("top", top)
                .set("bottom", bottom)
                .set("containLabel", true);
    }

    /** A cell of small multiples: left and width in percent, top and height in pixels. */
    public static PlotArea cell(double leftPercent, double widthPercent, int top, int height) {
        return new PlotArea(with("left", leftPercent + "%"))
                .set("width", widthPercent + "%")
                .set("top", top)
                .set("height", height);
    }

    @Override
    PlotArea copy(Map<String, Object> values) {
        return new PlotArea(values);
    }
}
