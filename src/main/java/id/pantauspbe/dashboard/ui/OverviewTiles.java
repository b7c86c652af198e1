package id.pantauspbe.dashboard.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import id.pantauspbe.base.TextFormat;
import id.pantauspbe.base.ui.Predikats;
import id.pantauspbe.base.ui.QueryParams;
import id.pantauspbe.dashboard.Overview;
import id.pantauspbe.engine.PredikatBand;
import id.pantauspbe.evaluation.FigureTexts;
import id.pantauspbe.evaluation.YearChange;
import id.pantauspbe.evaluation.YearResult;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * The tiles of the Ringkasan (index, predikat, change, target, completeness) under the one
 * presentation rule: a figure that is not a settled result carries its provenance, an incomplete
 * year gets no predikat or target gap, and a change is a number only when {@link YearChange} shows
 * one (else the tile says why and points to a comparable year).
 */
class OverviewTiles extends Div {

    private final transient Overview overview;

    OverviewTiles(Overview overview) {
        this.overview = overview;
        addClassName("tiles");
        add(indexTile(), predikatTile(), changeTile(), targetTile(), completenessTile());
    }

    private Div indexTile() {
        Optional<YearResult> r = overview.current();
        // a figure that is not a settled result always carries its provenance
        String sub = r.map(y -> FigureTexts.provisional(y, this::getTranslation)
                        .orElse(getTranslation(
                                y.totalsOnly()
                                        ? "provenance.short.published"
                                        : "provenance.short." + y.provenance().name())))
                .orElse(getTranslation("overview.tile.noValue"));
        Div tile = tile(
                "tile-index",
                getTranslation("overview.tile.index", overview.year()),
                TextFormat.decimal(r.map(YearResult::value).orElse(null)),
                sub);
        r.filter(y -> !y.settled()).ifPresent(y -> tile.addClassName("provisional"));
        return tile;
    }

    private Div predikatTile() {
        Optional<YearResult> r = overview.current();
        Optional<PredikatBand> band = r.filter(YearResult::predikatShown).flatMap(YearResult::predikat);
        boolean settled = r.map(YearResult::settled).orElse(false);
        Span badge = new Span(band.map(PredikatBand::name).orElse("–"));
        badge.addClassName("predikat-badge");
        band.ifPresent(
                b -> badge.addClassName(settled ? Predikats.badgeClass(b.rank()) : "predikat-badge-provisional"));
        String range = band.map(b -> b.maxExclusive() == null
                        ? getTranslation("overview.tile.predikat.atLeast", TextFormat.decimal(b.minInclusive()))
                        : b.minInclusive() == null
                                ? getTranslation("overview.tile.predikat.below", TextFormat.decimal(b.maxExclusive()))
                                : getTranslation(
                                        "overview.tile.predikat.range",
                                        TextFormat.decimal(b.minInclusive()),
                                        TextFormat.decimal(b.maxExclusive())))
                .map(text -> settled ? text : getTranslation("overview.tile.predikat.provisional", text))
                .orElse(r.filter(y -> !y.complete() && !y.totalsOnly())
                        .map(y -> getTranslation(
                                "overview.tile.predikat.incomplete", y.valuedIndicators(), y.totalIndicators()))
                        .orElse(""));
        Div tile = tile("tile-predikat", getTranslation("overview.tile.predikat"), null, range);
        tile.addComponentAtIndex(1, badge);
        return tile;
    }

    private Div changeTile() {
        YearChange change = overview.yearChange();
        Optional<YearResult> previous = overview.previous();
        String value;
        String sub;
        if (change.shown()) {
            BigDecimal c = change.value();
            value = (c.signum() > 0 ? "▲ " : c.signum() < 0 ? "▼ " : "■ ") + TextFormat.signed(c);
            YearResult p = previous.orElseThrow();
            sub = getTranslation("overview.tile.change.since", p.year(), TextFormat.decimal(p.value()));
            if (change.provisional()) {
                sub = getTranslation("overview.tile.change.provisional", sub);
            }
        } else if (previous.isPresent() && change.reason() != YearChange.Unavailable.NO_RESULT) {
            YearResult p = previous.get();
            value = getTranslation("overview.tile.change.notShown");
            sub = getTranslation(
                    "overview.tile.change.unavailable." + change.reason().name(),
                    p.year(),
                    TextFormat.decimal(p.value()));
            if (change.reason() == YearChange.Unavailable.FRAMEWORK_CHANGED
                    && overview.current().map(y -> !y.complete()).orElse(false)) {
                sub += getTranslation("overview.tile.change.alsoIncomplete");
            }
        } else {
            value = "–";
            sub = getTranslation("overview.tile.change.none");
        }
        Div tile = tile("tile-change", getTranslation("overview.tile.change"), value, sub);
        if (change.shown()) {
            tile.addClassName(
                    change.value().signum() > 0 ? "up" : change.value().signum() < 0 ? "down" : "flat");
        } else {
            tile.addClassName("not-shown");
            // the full reason, and where a comparison is meaningful
            FigureTexts.changeUnavailable(change, this::getTranslation).ifPresent(reason -> {
                Span why = new Span(reason);
                why.addClassName("tile-why");
                tile.add(why);
            });
            overview.comparableYear().ifPresent(y -> {
                Anchor link = new Anchor(
                        "tren?"
                                + QueryParams.of(
                                                QueryParams.INSTANSI,
                                                overview.instansi().code(),
                                                QueryParams.YEAR,
                                                overview.year(),
                                                "dari",
                                                y)
                                        .getQueryString(),
                        getTranslation("overview.tile.change.comparable", y));
                link.addClassName("tile-link");
                tile.add(link);
            });
        }
        return tile;
    }

    private Div targetTile() {
        Optional<YearResult> current = overview.current();
        String value = overview.target().map(t -> TextFormat.decimal(t.value())).orElse("–");
        boolean settled = current.map(YearResult::settled).orElse(false);
        String sub = overview.target()
                .map(t -> {
                    String source = getTranslation("target.source." + t.source().name());
                    return overview.gapToTarget()
                            .map(gap -> gap.signum() >= 0
                                    ? getTranslation("overview.tile.target.met", TextFormat.signed(gap), source)
                                    : getTranslation("overview.tile.target.below", TextFormat.signed(gap), source))
                            .map(text -> settled ? text : getTranslation("overview.tile.target.provisional", text))
                            .orElse(getTranslation("overview.tile.target.source", source)
                                    + (current.map(y -> !y.complete()).orElse(false)
                                            ? " · " + getTranslation("overview.tile.target.incomplete")
                                            : ""));
                })
                .orElse(getTranslation("overview.tile.target.none"));
        Div tile = tile("tile-target", getTranslation("overview.tile.target", overview.year()), value, sub);
        com.vaadin.flow.component.html.Anchor targets = new com.vaadin.flow.component.html.Anchor(
                "target?tahun=" + overview.year(), getTranslation("overview.setTarget"));
        targets.addClassNames("tile-link", "tile-target-link");
        tile.add(targets);
        // only a settled result is met or missed in the style of a result
        if (settled) {
            overview.gapToTarget().ifPresent(g -> tile.addClassName(g.signum() >= 0 ? "met" : "missed"));
        }
        return tile;
    }

    private Div completenessTile() {
        Optional<YearResult> r = overview.current();
        String value;
        String sub;
        if (r.isEmpty()) {
            value = "–";
            sub = getTranslation("overview.tile.noValue");
        } else if (r.get().totalsOnly()) {
            value = getTranslation("overview.tile.complete.totalsOnly");
            sub = getTranslation("overview.tile.complete.totalsOnlyHint");
        } else {
            value = getTranslation(r.get().complete() ? "overview.tile.complete.yes" : "overview.tile.complete.no");
            sub = getTranslation(
                    "overview.tile.complete.count",
                    r.get().valuedIndicators(),
                    r.get().totalIndicators());
        }
        Div tile = tile("tile-complete", getTranslation("overview.tile.complete"), value, sub);
        r.ifPresent(y -> tile.addClassName(y.complete() ? "complete" : "incomplete"));
        return tile;
    }

    private Div tile(String className, String label, String value, String sub) {
        Span labelSpan = new Span(label);
        labelSpan.addClassName("tile-label");
        Div tile = new Div(labelSpan);
        if (value != null) {
            Span valueSpan = new Span(value);
            valueSpan.addClassName("tile-value");
            tile.add(valueSpan);
        }
        Span subSpan = new Span(sub);
        subSpan.addClassName("tile-sub");
        tile.add(subSpan);
        tile.addClassNames("tile", className);
        return tile;
    }
}
