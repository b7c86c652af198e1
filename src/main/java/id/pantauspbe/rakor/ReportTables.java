package id.pantauspbe.rakor;

import static id.pantauspbe.rakor.ReportTable.Column.number;
import static id.pantauspbe.rakor.ReportTable.Column.text;

import id.pantauspbe.base.TextFormat;
import id.pantauspbe.base.Texts;
import id.pantauspbe.dashboard.Overview;
import id.pantauspbe.engine.Contribution;
import id.pantauspbe.evaluation.Figure;
import id.pantauspbe.evaluation.YearResult;
import id.pantauspbe.opd.ActionItem;
import id.pantauspbe.opd.DeadlineCountdown;
import id.pantauspbe.opd.OpdReport;
import id.pantauspbe.rakor.ReportService.ReportTexts;
import id.pantauspbe.rakor.ReportTable.Cell;
import java.util.List;

/**
 * The tables of the Laporan SPBE, one per section, rendered by {@link PdfReport} and {@link
 * XlsxReport}: headers, columns and what each cell holds are decided here once.
 */
final class ReportTables {

    private final RakorSnapshot s;
    private final ReportTexts t;
    private final Texts texts;

    ReportTables(RakorSnapshot snapshot, ReportTexts texts) {
        this.s = snapshot;
        this.t = texts;
        this.texts = texts::get;
    }

    /** What the report is about: Pemda, instansi, year, when the data was taken, framework. */
    ReportTable about() {
        return ReportTable.of(text(t.get("report.field"), 3), text(t.get("report.value"), 4))
                .row(Cell.text(t.get("report.pemda")), Cell.text(s.pemdaName()))
                .row(
                        Cell.text(t.get("report.instansi")),
                        Cell.text(s.instansi().name() + " (" + s.instansi().code() + ")"))
                .row(Cell.text(t.get("report.year")), Cell.integer(s.year()))
                .row(Cell.text(t.get("report.builtAt")), Cell.text(TextFormat.dateTime(s.builtAt())))
                .row(
                        Cell.text(t.get("report.framework")),
                        Cell.text(s.overview()
                                .current()
                                .map(YearResult::frameworkCode)
                                .orElse("")))
                .build();
    }

    /** The year's figures: index, predikat, change, target, gap, completeness, provenance. */
    ReportTable summary() {
        Overview o = s.overview();
        var change = o.change().orElse(null);
        String changeText = o.change()
                .map(c -> TextFormat.signed(c)
                        + o.previous()
                                .map(p -> " (" + p.year() + ": " + TextFormat.decimal(p.value()) + ")")
                                .orElse(""))
                .orElse("–");
        return ReportTable.of(text(t.get("report.field"), 3), text(t.get("report.value"), 4))
                .row(
                        label(t.get("rakor.fact.index", s.year())),
                        Cell.decimal(o.current().map(YearResult::value).orElse(null)))
                .row(
                        label(t.get("rakor.fact.provisional")),
                        Cell.text(s.provisional(texts).orElse(t.get("report.settled"))))
                .row(
                        label(t.get("rakor.fact.predikat")),
                        Cell.of(
                                s.predikat(texts).orElse(""),
                                s.predikat(texts)
                                        .or(() -> s.predikatWithheld(texts))
                                        .orElse("–")))
                .row(
                        label(t.get("rakor.fact.change")),
                        Cell.of(change, s.changeWithheld(texts).orElse(changeText)))
                .row(
                        label(t.get("rakor.fact.target", s.year())),
                        Cell.decimal(o.target().map(x -> x.value()).orElse(null)))
                .row(
                        label(t.get("rakor.fact.gap")),
                        Cell.of(
                                o.gapToTarget().orElse(null),
                                o.gapToTarget().map(TextFormat::signed).orElse("–")))
                .row(
                        label(t.get("rakor.fact.complete")),
                        o.current()
                                .map(r -> Cell.of(
                                        r.valuedIndicators(),
                                        t.get("rakor.fact.completeValue", r.valuedIndicators(), r.totalIndicators())))
                                .orElse(Cell.of(null, "–")))
                .row(
                        label(t.get("rakor.column.provenance")),
                        Cell.text(o.current()
                                .map(r -> r.totalsOnly()
                                        ? t.get("provenance.short.published")
                                        : t.get("provenance.short."
                                                + r.provenance().name()))
                                .orElse("–")))
                .build();
    }

    private static Cell label(String text) {
        return Cell.text(text).asBold();
    }

    /** The index by year with its provenance, target and framework. */
    ReportTable trend() {
        ReportTable.Builder table = ReportTable.of(
                number(t.get("rakor.column.year"), 1),
                number(t.get("rakor.column.value"), 1.2f),
                text(t.get("rakor.column.provenance"), 3),
                number(t.get("rakor.column.target"), 1.2f),
                text(t.get("report.framework"), 2));
        for (Overview.TrendPoint p : s.overview().trend()) {
            table.row(
                    Cell.integer(p.year()),
                    Cell.decimal(p.value()),
                    Cell.text(
                            p.provenance() == null
                                    ? ""
                                    : t.get("provenance.short." + p.provenance().name())
                                            + (p.settled() || p.value() == null
                                                    ? ""
                                                    : " \u00b7 " + t.get("report.provisional"))),
                    Cell.decimal(p.target()),
                    Cell.text(p.frameworkCode() == null ? "" : p.frameworkCode()));
        }
        return table.build();
    }

    /** Every domain and aspect of the year with its level. */
    ReportTable levels() {
        ReportTable.Builder table = ReportTable.of(
                text(t.get("report.level"), 1.5f),
                text(t.get("rakor.column.name"), 5),
                number(t.get("rakor.column.weight"), 1.5f),
                number(t.get("rakor.column.value"), 1.5f));
        s.overview().current().ifPresent(current -> {
            for (Figure f : current.domains()) {
                table.row(
                        Cell.text(t.get("report.level.DOMAIN")),
                        Cell.text(f.name()),
                        Cell.decimal(f.weight()),
                        Cell.decimal(f.value()));
            }
            for (Figure f : current.aspects()) {
                table.row(
                        Cell.text(t.get("report.level.ASPECT")),
                        Cell.text(f.name()),
                        Cell.decimal(f.weight()),
                        Cell.decimal(f.value()));
            }
        });
        return table.build();
    }

    /** Domains (or aspects) with weight and value, under a header naming their level. */
    ReportTable figures(String header, List<Figure> figures) {
        ReportTable.Builder table = ReportTable.of(
                text(header, 5), number(t.get("rakor.column.weight"), 1.5f), number(t.get("rakor.column.value"), 2));
        for (Figure f : figures) {
            table.row(
                    Cell.text(f.name()),
                    Cell.decimal(f.weight()),
                    Cell.decimal(f.value()).asBold());
        }
        return table.build();
    }

    /** Each domain's (or aspect's) part of the change. */
    ReportTable change() {
        ReportTable.Builder table = ReportTable.of(
                text(capitalized(ReportService.level(s, t)), 5),
                number(t.get("rakor.column.before"), 2),
                number(t.get("rakor.column.after"), 2),
                number(t.get("rakor.column.contribution"), 2.5f));
        for (Contribution c : ReportService.changeParts(s)) {
            table.row(
                    Cell.text(c.name()),
                    Cell.decimal(c.before()),
                    Cell.decimal(c.after()),
                    Cell.signedPoints(c.points()).asBold());
        }
        return table.build();
    }

    /** The weakest indicators with their lead OPD. */
    ReportTable weakest() {
        ReportTable.Builder table = ReportTable.of(
                text(t.get("rakor.column.indicator"), 6),
                text(t.get("rakor.column.value"), 2.5f),
                number(t.get("rakor.column.pointsLost"), 1.8f),
                text(t.get("rakor.column.leadOpd"), 3.5f));
        for (RakorSnapshot.WeakIndicator w : s.weakest()) {
            table.row(
                    Cell.text(ReportService.indicatorName(w.indicator())),
                    w.unvalued()
                            ? Cell.of(null, t.get("rakor.weakest.unvalued"))
                            : Cell.of(
                                    w.indicator().value() == null
                                            ? null
                                            : w.indicator().value().setScale(2, java.math.RoundingMode.HALF_UP),
                                    ReportService.valueWithLevel(w.indicator())),
                    w.unvalued()
                            ? Cell.of(null, "–")
                            : Cell.points(w.indicator().pointsLost()),
                    Cell.of(w.leadOpd() == null ? "" : w.leadOpd(), w.leadOpd() == null ? "–" : w.leadOpd())
                            .asBold());
        }
        return table.build();
    }

    /** Every OPD: rank, own index, weak indicators led, points still possible, why weak. */
    ReportTable opds() {
        ReportTable.Builder table = ReportTable.of(
                number(t.get("rakor.column.rank"), 1.8f),
                text(t.get("rakor.column.opd"), 4.6f),
                number(t.get("rakor.column.indexOpd"), 1.6f),
                number(t.get("rakor.column.pointsHeld"), 1.8f),
                number(t.get("rakor.column.weakLed"), 2.2f),
                number(t.get("rakor.column.pointsPossible"), 2.2f),
                text(t.get("rakor.column.reasons"), 3.6f));
        for (OpdReport.Row r : s.opds()) {
            boolean weak = r.weak();
            Cell name = Cell.text(r.opd().name());
            table.row(
                    (r.ranked() ? Cell.of(r.rank(), s.rankText(r, texts)) : Cell.of(null, "–")).shadedIf(weak),
                    (weak ? name.asBold() : name).shadedIf(weak),
                    Cell.decimal(r.index()).shadedIf(weak),
                    Cell.points(r.pointsHeld()).shadedIf(weak),
                    Cell.integer(r.weakLed()).shadedIf(weak),
                    Cell.points(r.pointsPossible()).shadedIf(weak),
                    Cell.text(ReportService.reasons(r, t)).asSmall().shadedIf(weak));
        }
        return table.build();
    }

    /** The steps of the saved rencana peningkatan of the plan year, still open first. */
    ReportTable targetSteps() {
        ReportTable.Builder table = ReportTable.of(
                text(t.get("rakor.column.indicator"), 5),
                text(t.get("rakor.slide.target.step"), 1.8f),
                text(t.get("rakor.column.opd"), 4),
                text(t.get("rakor.column.date"), 2.4f),
                text(t.get("rakor.slide.target.state"), 2));
        s.plan()
                .ifPresent(p -> p.steps().stream()
                        .sorted((a, b) -> Boolean.compare(a.reached(), b.reached()))
                        .forEach(sp -> table.row(
                                Cell.text(sp.step().indicatorCode() + " " + sp.indicatorName()),
                                Cell.text(TextFormat.level(sp.step().from()) + " \u2192 "
                                        + TextFormat.level(sp.step().to())),
                                Cell.text(
                                        sp.step().opdName() == null
                                                ? "\u2013"
                                                : sp.step().opdName()),
                                Cell.text(
                                        sp.step().dueDate() == null
                                                ? "\u2013"
                                                : TextFormat.date(sp.step().dueDate())),
                                Cell.text(t.get(
                                                sp.reached()
                                                        ? "rakor.slide.target.reached"
                                                        : "rakor.slide.target.open"))
                                        .shadedIf(!sp.reached()))));
        return table.build();
    }

    /** The deadlines of the open stage with the time left. */
    ReportTable deadlines() {
        ReportTable.Builder table = ReportTable.of(
                text(t.get("rakor.column.deadline"), 5),
                text(t.get("rakor.column.date"), 3),
                text(t.get("rakor.column.countdown"), 2.5f));
        for (DeadlineCountdown c : s.evidence().deadlines()) {
            table.row(
                    Cell.text(c.deadline().name()),
                    Cell.date(c.deadline().dueDate()),
                    Cell.of(c.daysRemaining(), ReportService.countdown(c, t)).asBold());
        }
        return table.build();
    }

    /** Each OPD's evidence by status. */
    ReportTable evidenceByOpd() {
        ReportTable.Builder table = ReportTable.of(
                text(t.get("rakor.column.opd"), 5),
                number(t.get("rakor.column.total"), 1.6f),
                number(t.get("rakor.column.verified"), 2.2f),
                number(t.get("rakor.column.missing"), 1.8f),
                number(t.get("rakor.column.rejected"), 1.6f),
                number(t.get("rakor.column.overdue"), 1.8f));
        for (RakorSnapshot.OpdEvidence o : s.evidence().byOpd()) {
            table.row(
                    Cell.text(o.opdName()),
                    Cell.integer(o.summary().total()),
                    Cell.integer(o.summary().verified()),
                    Cell.integer(o.summary().missing()),
                    Cell.integer(o.summary().rejected()),
                    Cell.integer(o.summary().overdue())
                            .asBold()
                            .shadedIf(o.summary().overdue() > 0));
        }
        return table.build();
    }

    /** Action items; with the year of their rakor when {@code withYear} (the workbook lists all rakor). */
    ReportTable actions(List<ActionItem> items, boolean withYear) {
        List<ReportTable.Column> columns = new java.util.ArrayList<>();
        if (withYear) {
            columns.add(number(t.get("rakor.action.year"), 1.2f));
        }
        columns.addAll(List.of(
                text(t.get("rakor.action.opd"), 3),
                text(t.get("rakor.action.what"), 5),
                text(t.get("rakor.action.who"), 2.5f),
                text(t.get("rakor.action.due"), 2.5f),
                text(t.get("rakor.action.status"), 2)));
        ReportTable.Builder table = ReportTable.of(columns.toArray(ReportTable.Column[]::new));
        for (ActionItem a : items) {
            List<Cell> cells = new java.util.ArrayList<>();
            if (withYear) {
                cells.add(Cell.integer(a.rakorYear()));
            }
            cells.addAll(List.of(
                    Cell.of(a.opdName() == null ? "" : a.opdName(), a.opdName() == null ? "–" : a.opdName()),
                    Cell.text(a.what()),
                    Cell.of(a.who() == null ? "" : a.who(), a.who() == null ? "–" : a.who()),
                    Cell.date(a.due()),
                    Cell.text(ReportService.statusText(a, t)).asBold()));
            table.row(cells.toArray(Cell[]::new));
        }
        return table.build();
    }

    static String capitalized(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
