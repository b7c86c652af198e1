package id.pantauspbe.rakor;

import id.pantauspbe.base.TextFormat;
import id.pantauspbe.dashboard.Overview;
import id.pantauspbe.engine.Contribution;
import id.pantauspbe.evaluation.Figure;
import id.pantauspbe.evaluation.YearResult;
import id.pantauspbe.opd.ActionItem;
import id.pantauspbe.opd.DeadlineCountdown;
import id.pantauspbe.opd.OpdReport;
import id.pantauspbe.rakor.ReportService.ReportTexts;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The tables behind the "Laporan SPBE" as a workbook: numbers as numeric cells holding the figures
 * as shown (index values rounded to two decimals, contributions to three), texts as text.
 */
final class XlsxReport {

    private final RakorSnapshot s;
    private final ReportTexts t;
    private XSSFWorkbook workbook;
    private CellStyle header;
    private CellStyle twoDecimals;
    private CellStyle threeDecimals;
    private CellStyle date;

    XlsxReport(RakorSnapshot snapshot, ReportTexts texts) {
        this.s = snapshot;
        this.t = texts;
    }

    byte[] write() {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            workbook = wb;
            styles();
            summary();
            trend();
            domains();
            change();
            weakest();
            opds();
            evidence();
            actions();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void styles() {
        Font bold = workbook.createFont();
        bold.setBold(true);
        header = workbook.createCellStyle();
        header.setFont(bold);
        twoDecimals = workbook.createCellStyle();
        twoDecimals.setDataFormat(workbook.createDataFormat().getFormat("0.00"));
        threeDecimals = workbook.createCellStyle();
        threeDecimals.setDataFormat(workbook.createDataFormat().getFormat("0.000"));
        date = workbook.createCellStyle();
        date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
    }

    private void summary() {
        Sheet sheet = sheet("report.sheet.summary", t.get("report.field"), t.get("report.value"));
        Overview o = s.overview();
        text(sheet, t.get("report.pemda"), s.pemdaName());
        text(
                sheet,
                t.get("report.instansi"),
                s.instansi().name() + " (" + s.instansi().code() + ")");
        number(sheet, t.get("report.year"), s.year());
        text(sheet, t.get("report.builtAt"), TextFormat.dateTime(s.builtAt()));
        text(
                sheet,
                t.get("report.framework"),
                o.current().map(YearResult::frameworkCode).orElse(""));
        decimal(
                sheet,
                t.get("rakor.fact.index", s.year()),
                o.current().map(YearResult::value).orElse(null));
        text(
                sheet,
                t.get("rakor.fact.predikat"),
                o.current().flatMap(YearResult::predikat).map(p -> p.name()).orElse(""));
        decimal(sheet, t.get("rakor.fact.change"), o.change().orElse(null));
        decimal(
                sheet,
                t.get("rakor.fact.target", s.year()),
                o.target().map(x -> x.value()).orElse(null));
        decimal(sheet, t.get("rakor.fact.gap"), o.gapToTarget().orElse(null));
        o.current().ifPresent(r -> number(sheet, t.get("rakor.fact.complete"), r.valuedIndicators()));
        text(sheet, t.get("rakor.anonymous"), t.get(s.anonymous() ? "rakor.filters.anonymous" : "rakor.filters.named"));
        sheet.autoSizeColumn(0);
        sheet.setColumnWidth(1, 40 * 256);
    }

    private void trend() {
        Sheet sheet = sheet(
                "report.sheet.trend",
                t.get("rakor.column.year"),
                t.get("rakor.column.value"),
                t.get("rakor.column.provenance"),
                t.get("rakor.column.target"),
                t.get("report.framework"));
        for (Overview.TrendPoint p : s.overview().trend()) {
            Row row = next(sheet);
            row.createCell(0).setCellValue(p.year());
            put(row, 1, p.value(), twoDecimals);
            row.createCell(2)
                    .setCellValue(
                            p.provenance() == null
                                    ? ""
                                    : t.get("provenance.short." + p.provenance().name()));
            put(row, 3, p.target(), twoDecimals);
            row.createCell(4).setCellValue(p.frameworkCode() == null ? "" : p.frameworkCode());
        }
        width(sheet, 5);
    }

    private void domains() {
        Sheet sheet = sheet(
                "report.sheet.domains",
                t.get("report.level"),
                t.get("rakor.column.name"),
                t.get("rakor.column.weight"),
                t.get("rakor.column.value"));
        YearResult current = s.overview().current().orElse(null);
        if (current != null) {
            for (Figure f : current.domains()) {
                figure(sheet, t.get("report.level.DOMAIN"), f);
            }
            for (Figure f : current.aspects()) {
                figure(sheet, t.get("report.level.ASPECT"), f);
            }
        }
        width(sheet, 4);
    }

    private void figure(Sheet sheet, String level, Figure f) {
        Row row = next(sheet);
        row.createCell(0).setCellValue(level);
        row.createCell(1).setCellValue(f.name());
        put(row, 2, f.weight(), twoDecimals);
        put(row, 3, f.value(), twoDecimals);
    }

    private void change() {
        Sheet sheet = sheet(
                "report.sheet.change",
                ReportService.level(s, t),
                t.get("rakor.column.before"),
                t.get("rakor.column.after"),
                t.get("rakor.column.contribution"));
        for (Contribution c : ReportService.changeParts(s)) {
            Row row = next(sheet);
            row.createCell(0).setCellValue(c.name());
            put(row, 1, rounded(c.before()), twoDecimals);
            put(row, 2, rounded(c.after()), twoDecimals);
            put(row, 3, ReportService.shownPoints(c.points()), threeDecimals);
        }
        width(sheet, 4);
    }

    private void weakest() {
        Sheet sheet = sheet(
                "report.sheet.weakest",
                t.get("rakor.column.indicator"),
                t.get("rakor.column.value"),
                t.get("rakor.column.pointsLost"),
                t.get("rakor.column.leadOpd"));
        for (RakorSnapshot.WeakIndicator w : s.weakest()) {
            Row row = next(sheet);
            row.createCell(0).setCellValue(ReportService.indicatorName(w.indicator()));
            put(row, 1, w.indicator().value(), twoDecimals);
            put(row, 2, ReportService.shownPoints(w.indicator().pointsLost()), threeDecimals);
            row.createCell(3).setCellValue(w.leadOpd() == null ? "" : w.leadOpd());
        }
        width(sheet, 4);
    }

    private void opds() {
        Sheet sheet = sheet(
                "report.sheet.opd",
                t.get("rakor.column.rank"),
                t.get("rakor.column.opd"),
                t.get("rakor.column.indexOpd"),
                t.get("rakor.column.weakLed"),
                t.get("rakor.column.pointsPossible"),
                t.get("rakor.column.reasons"));
        for (OpdReport.Row r : s.opds()) {
            Row row = next(sheet);
            if (r.index() != null) {
                row.createCell(0).setCellValue(r.rank());
            }
            row.createCell(1).setCellValue(r.opd().name());
            put(row, 2, r.index(), twoDecimals);
            row.createCell(3).setCellValue(r.weakLed());
            put(row, 4, ReportService.shownPoints(r.pointsPossible()), threeDecimals);
            row.createCell(5).setCellValue(ReportService.reasons(r, t));
        }
        width(sheet, 6);
    }

    private void evidence() {
        RakorSnapshot.Evidence e = s.evidence();
        Sheet sheet = sheet(
                "report.sheet.evidence",
                t.get("rakor.column.opd"),
                t.get("rakor.column.total"),
                t.get("rakor.column.verified"),
                t.get("rakor.column.missing"),
                t.get("rakor.column.rejected"),
                t.get("rakor.column.overdue"));
        for (RakorSnapshot.OpdEvidence o : e.byOpd()) {
            Row row = next(sheet);
            row.createCell(0).setCellValue(o.opdName());
            row.createCell(1).setCellValue(o.summary().total());
            row.createCell(2).setCellValue(o.summary().verified());
            row.createCell(3).setCellValue(o.summary().missing());
            row.createCell(4).setCellValue(o.summary().rejected());
            row.createCell(5).setCellValue(o.summary().overdue());
        }
        next(sheet);
        Row title = next(sheet);
        cell(title, 0, t.get("rakor.column.deadline"), header);
        cell(title, 1, t.get("rakor.column.date"), header);
        cell(title, 2, t.get("rakor.column.countdown"), header);
        for (DeadlineCountdown c : e.deadlines()) {
            Row row = next(sheet);
            row.createCell(0).setCellValue(c.deadline().name());
            put(row, 1, c.deadline().dueDate());
            row.createCell(2).setCellValue(c.daysRemaining());
        }
        width(sheet, 6);
    }

    private void actions() {
        Sheet sheet = sheet(
                "report.sheet.actions",
                t.get("rakor.action.year"),
                t.get("rakor.action.opd"),
                t.get("rakor.action.what"),
                t.get("rakor.action.who"),
                t.get("rakor.action.due"),
                t.get("rakor.action.status"));
        for (List<ActionItem> items : List.of(s.previousActions(), s.actions())) {
            for (ActionItem a : items) {
                Row row = next(sheet);
                row.createCell(0).setCellValue(a.rakorYear());
                row.createCell(1).setCellValue(a.opdName() == null ? "" : a.opdName());
                row.createCell(2).setCellValue(a.what());
                row.createCell(3).setCellValue(a.who() == null ? "" : a.who());
                put(row, 4, a.due());
                row.createCell(5).setCellValue(ReportService.statusText(a, t));
            }
        }
        if (!s.closingText().isBlank()) {
            next(sheet);
            Row row = next(sheet);
            cell(row, 0, t.get("report.closing"), header);
            row.createCell(1).setCellValue(s.closingText());
        }
        width(sheet, 6);
    }

    // ---- helpers ----

    private Sheet sheet(String key, String... headers) {
        Sheet sheet = workbook.createSheet(t.get(key));
        Row row = sheet.createRow(0);
        for (int i = 0; i < headers.length; i++) {
            cell(row, i, headers[i], header);
        }
        sheet.createFreezePane(0, 1);
        return sheet;
    }

    private static Row next(Sheet sheet) {
        return sheet.createRow(sheet.getPhysicalNumberOfRows() == 0 ? 0 : sheet.getLastRowNum() + 1);
    }

    private void text(Sheet sheet, String label, String value) {
        Row row = next(sheet);
        row.createCell(0).setCellValue(label);
        row.createCell(1).setCellValue(value);
    }

    private void number(Sheet sheet, String label, int value) {
        Row row = next(sheet);
        row.createCell(0).setCellValue(label);
        row.createCell(1).setCellValue(value);
    }

    private void decimal(Sheet sheet, String label, BigDecimal value) {
        Row row = next(sheet);
        row.createCell(0).setCellValue(label);
        put(row, 1, value, twoDecimals);
    }

    private static void cell(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    private static void put(Row row, int column, BigDecimal value, CellStyle style) {
        if (value == null) {
            return;
        }
        Cell cell = row.createCell(column);
        cell.setCellValue(value.doubleValue());
        cell.setCellStyle(style);
    }

    private void put(Row row, int column, LocalDate value) {
        if (value == null) {
            return;
        }
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(date);
    }

    private static BigDecimal rounded(BigDecimal exact) {
        return exact == null ? null : exact.setScale(2, java.math.RoundingMode.HALF_UP);
    }

    private static void width(Sheet sheet, int columns) {
        for (int i = 0; i < columns; i++) {
            sheet.autoSizeColumn(i);
        }
    }
}
