package id.pantauspbe.rakor.ui;

import static id.pantauspbe.rakor.ui.SlideParts.slide;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Section;
import id.pantauspbe.base.ui.Chart;
import id.pantauspbe.dashboard.ui.TrendChartOption;

/** The index over the years with the year's figures above it. */
final class TrendSlide implements Slide {

    @Override
    public String key() {
        return "rakor.slide.trend";
    }

    @Override
    public String name() {
        return "trend";
    }

    @Override
    public Section render(SlideContext c) {
        String title = c.t("rakor.slide.trend.title", c.snapshot().instansi().name());
        Chart chart = new Chart();
        chart.addClassName("rakor-trend-chart");
        chart.setHeight("60vh");
        chart.setOption(TrendChartOption.of(c.snapshot().overview(), c.texts()).forProjector(RakorView.FONT_FACTOR));
        chart.setDescription(title);
        Div facts = new Div(Facts.index(c), Facts.predikat(c), Facts.change(c), Facts.target(c));
        facts.addClassNames("facts", "facts-row");
        return c.snapshot()
                .changeWithheld(c.texts())
                .map(why -> slide(title, facts, SlideParts.hint(why), chart))
                .orElseGet(() -> slide(title, facts, chart));
    }
}
