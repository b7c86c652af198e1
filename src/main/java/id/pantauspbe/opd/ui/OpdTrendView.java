package id.pantauspbe.opd.ui;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteParameters;
import id.pantauspbe.base.TextFormat;
import id.pantauspbe.base.ui.Chart;
import id.pantauspbe.base.ui.QueryParams;
import id.pantauspbe.base.ui.ViewHeader;
import id.pantauspbe.evaluation.Instansi;
import id.pantauspbe.evaluation.SelectionService;
import id.pantauspbe.opd.Opd;
import id.pantauspbe.opd.OpdReport.RankBasis;
import id.pantauspbe.opd.OpdTrend;
import id.pantauspbe.opd.OpdTrend.Highlight;
import id.pantauspbe.opd.OpdTrend.Point;
import id.pantauspbe.opd.OpdTrend.Series;
import id.pantauspbe.opd.OpdTrendService;
import jakarta.annotation.security.PermitAll;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * "Tren per OPD": the OPDs' own index across years with the weak and the most improved picked out,
 * chosen OPDs in colour, as one chart or small multiples, and a table of every year (rank and value,
 * index points held where the year had no questionnaire). {@code /tren?tingkat=opd} shows it too.
 * URL: {@code /tren-opd?instansi=CONTOH&pilih=Dinsos,Disdukcapil&tampilan=kecil}.
 */
@Route("tren-opd")
@PermitAll
public class OpdTrendView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final String CHOSEN = "pilih";
    static final String LAYOUT = "tampilan";
    static final String SMALL = "kecil";

    private final transient OpdTrendService trends;
    private final transient SelectionService selections;
    private final MultiSelectComboBox<Opd> chooser = new MultiSelectComboBox<>();
    private final RadioButtonGroup<String> layout = new RadioButtonGroup<>();
    private Instansi instansi;
    private boolean updating;

    public OpdTrendView(OpdTrendService trends, SelectionService selections) {
        this.trends = trends;
        this.selections = selections;
        addClassNames("analysis", "opd-trend-view");
        chooser.setLabel(getTranslation("opd.trend.choose"));
        chooser.setItemLabelGenerator(Opd::shortName);
        chooser.addClassName("opd-trend-choose");
        chooser.setClearButtonVisible(true);
        chooser.addValueChangeListener(e -> navigate());
        layout.setLabel(getTranslation("opd.trend.layout"));
        layout.setItems("", SMALL);
        layout.setItemLabelGenerator(
                v -> getTranslation(v.isEmpty() ? "opd.trend.layout.one" : "opd.trend.layout.small"));
        layout.addClassName("opd-trend-layout");
        layout.addValueChangeListener(e -> navigate());
    }

    private void navigate() {
        if (updating || instansi == null) {
            return;
        }
        Map<String, String> params = new LinkedHashMap<>();
        params.put(QueryParams.INSTANSI, instansi.code());
        if (!chooser.getValue().isEmpty()) {
            params.put(
                    CHOSEN,
                    chooser.getValue().stream().map(Opd::shortName).sorted().collect(Collectors.joining(",")));
        }
        if (SMALL.equals(layout.getValue())) {
            params.put(LAYOUT, SMALL);
        }
        getUI().ifPresent(ui -> ui.navigate(OpdTrendView.class, com.vaadin.flow.router.QueryParameters.simple(params)));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Location location = event.getLocation();
        instansi = selections
                .instansi(QueryParams.first(location, QueryParams.INSTANSI))
                .orElse(null);
        if (instansi == null) {
            add(ViewHeader.noInstansi());
            return;
        }
        OpdTrend trend = trends.trend(instansi, null);
        String chosenParam = QueryParams.first(location, CHOSEN);
        Set<String> chosenNames = chosenParam == null
                ? Set.of()
                : Arrays.stream(chosenParam.split(",")).map(String::strip).collect(Collectors.toSet());
        List<Opd> all = trend.series().stream().map(Series::opd).toList();
        updating = true;
        chooser.setItems(all);
        chooser.setValue(
                all.stream().filter(o -> chosenNames.contains(o.shortName())).collect(Collectors.toSet()));
        boolean small = SMALL.equals(QueryParams.first(location, LAYOUT));
        layout.setValue(small ? SMALL : "");
        updating = false;

        Anchor back = new Anchor("tren?instansi=" + instansi.code(), getTranslation("opd.trend.toPemda"));
        back.addClassName("opd-trend-back");
        add(ViewHeader.of(getTranslation("opd.trend.title", instansi.name()), back));
        if (trend.series().isEmpty()) {
            add(new Paragraph(getTranslation("opd.trend.empty")));
            return;
        }
        add(summary(trend), chart(trend, small), table(trend));
    }

    private Section summary(OpdTrend trend) {
        List<String> weak = trend.series().stream()
                .filter(s -> s.weakSince().isPresent())
                .map(s -> getTranslation(
                        "opd.trend.weakSince",
                        s.opd().name(),
                        String.valueOf(s.weakSince().get())))
                .toList();
        List<String> improved = trend.series().stream()
                .filter(s -> s.highlight() == Highlight.IMPROVED)
                .map(s -> getTranslation("opd.trend.improvedBy", s.opd().name(), TextFormat.signed(s.improvement())))
                .toList();
        Paragraph text = new Paragraph(getTranslation(
                "opd.trend.summary",
                weak.isEmpty() ? getTranslation("opd.trend.noneWeak") : String.join("; ", weak),
                improved.isEmpty() ? getTranslation("opd.trend.noneImproved") : String.join("; ", improved)));
        text.addClassName("opd-trend-summary");
        Paragraph basis = new Paragraph(basisNote(trend));
        basis.addClassName("card-hint");
        Section card = new Section(text, basis);
        card.addClassName("card");
        return card;
    }

    private String basisNote(OpdTrend trend) {
        List<String> byPoints = trend.years().stream()
                .filter(y -> trend.bases().get(y) == RankBasis.POINTS_HELD)
                .map(String::valueOf)
                .toList();
        return byPoints.isEmpty()
                ? getTranslation("opd.trend.basis.index")
                : getTranslation("opd.trend.basis.mixed", String.join(", ", byPoints));
    }

    private Section chart(OpdTrend trend, boolean small) {
        Chart chart = new Chart();
        chart.addClassName("opd-trend-chart");
        chart.setWidthFull();
        Set<Long> chosen = chooser.getValue().stream().map(Opd::id).collect(Collectors.toSet());
        if (small) {
            chart.setHeight(OpdTrendChart.smallMultiplesHeight(trend) + "px");
            chart.setOption(OpdTrendChart.smallMultiples(trend, this::getTranslation));
        } else {
            chart.setHeight("460px");
            chart.setOption(OpdTrendChart.lines(trend, chosen, this::getTranslation));
        }
        chart.setDescription(getTranslation("opd.trend.chartDescription", instansi.name()));
        Paragraph legend = new Paragraph(getTranslation("opd.trend.legend"));
        legend.addClassName("card-hint");
        Div controls = new Div(chooser, layout);
        controls.addClassName("filters");
        Section card = new Section(new H3(getTranslation("opd.trend.chartTitle")), controls, legend, chart);
        card.addClassName("card");
        return card;
    }

    private Section table(OpdTrend trend) {
        Grid<Series> grid = new Grid<>();
        grid.addClassName("opd-trend-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addComponentColumn(s -> {
                    Anchor link = new Anchor(
                            RouteConfiguration.forSessionScope()
                                            .getUrl(
                                                    OpdPageView.class,
                                                    new RouteParameters(Map.of(
                                                            OpdPageView.PARAM_ID,
                                                            String.valueOf(
                                                                    s.opd().id()))))
                                    + "?instansi=" + instansi.code(),
                            s.opd().shortName());
                    link.getElement().setAttribute("title", s.opd().name());
                    return link;
                })
                .setHeader(getTranslation("opd.column.opd"))
                .setKey("opd")
                .setFlexGrow(2);
        for (int year : trend.years()) {
            grid.addColumn(s -> cell(s.points().get(year)))
                    .setHeader(year + (trend.bases().get(year) == RankBasis.POINTS_HELD ? " *" : ""))
                    .setTextAlign(ColumnTextAlign.END)
                    .setKey("y" + year);
        }
        grid.addColumn(this::remark)
                .setHeader(getTranslation("opd.trend.remark"))
                .setFlexGrow(2)
                .setKey("remark");
        grid.setPartNameGenerator(s -> switch (s.highlight()) {
            case WEAK -> "weak-row";
            case IMPROVED -> "improved-row";
            case MUTED -> null;
        });
        grid.setItems(trend.series());
        Paragraph note = new Paragraph(getTranslation("opd.trend.tableNote"));
        note.addClassName("card-hint");
        Section card = new Section(new H3(getTranslation("opd.trend.tableTitle")), note, grid);
        card.addClassName("card");
        return card;
    }

    /** "3,45 (5)": the value and the rank; "0,125 poin (3)" for a year ranked by points. */
    private String cell(Point p) {
        if (p == null) {
            return "–";
        }
        String value = p.basis() == RankBasis.OWN_INDEX
                ? TextFormat.decimal(p.value())
                : getTranslation("opd.trend.points", TextFormat.points(p.value()));
        return p.rank() > 0 ? value + " (" + p.rank() + ")" : value;
    }

    private String remark(Series s) {
        if (s.weakSince().isPresent()) {
            return getTranslation(
                    "opd.trend.weakSinceShort", String.valueOf(s.weakSince().get()));
        }
        if (s.latest().map(Point::weak).orElse(false)) {
            return getTranslation("opd.trend.weakNow");
        }
        if (s.improvement() != null && s.improvement().signum() != 0) {
            return getTranslation(
                    s.improvement().signum() > 0 ? "opd.trend.up" : "opd.trend.down",
                    TextFormat.decimal(s.improvement().abs()));
        }
        return "";
    }

    @Override
    public String getPageTitle() {
        return getTranslation("opd.trend.pageTitle");
    }
}
