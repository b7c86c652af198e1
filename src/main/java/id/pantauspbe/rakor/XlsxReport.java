package id.pantauspbe.rakor;

import id.pantauspbe.base.SpreadsheetText;
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
 * as shown (index values rounded to two decimals, contributions to three), texts as text. The
 * tables are the ones the PDF prints ({@link ReportTables}). Every text cell goes through {@link
 * SpreadsheetText#neutralise}: a name, closing text or action item typed as {@code =HYPERLINK(…)},
 * {@code +cmd|…} or {@code @SUM(…)} stays text when the sheet is edited or saved as CSV.
 */
final class XlsxReport {

    private final RakorSnapshot s;
    private final ReportTexts t;
    private final ReportTables tables;
    private XSSFWorkbook workbook;
    private CellStyle header;
    private CellStyle twoDecimals;
    private CellStyle threeDecimals;
    private CellStyle date;

    XlsxReport(RakorSnapshot snapshot, ReportTexts texts) {
        this.s = snapshot;
        this.t = texts;
        this.tables = new ReportTables(snapshot, texts);
    }

    byte[] write() {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            workbook = wb;
            styles();
            summary();
            sheet("report.sheet.trend", tables.trend());
            sheet("report.sheet.domains", tables.levels());
            sheet("report.sheet.change", tables.change());
            sheet("report.sheet.weakest", tables.weakest());
            sheet("report.sheet.opd", tables.opds());
            evidence();
            sheet("report.sheet.target", tables.targetSteps());
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
        Sheet sheet = sheet("report.sheet.summary", tables.about());
        rows(sheet, tables.summary());
        rows(
                sheet,
                ReportTable.of(ReportTable.Column.text("", 1), ReportTable.Column.text("", 1))
                        .row(
                                ReportTable.Cell.text(t.get("rakor.anonymous")),
                                ReportTable.Cell.text(
                                        t.get(s.anonymous() ? "rakor.filters.anonymous" : "rakor.filters.named")))
                        .build());
        sheet.autoSizeColumn(0);
        sheet.setColumnWidth(1, 40 * 256);
    }

    private void evidence() {
        Sheet sheet = sheet("report.sheet.evidence", tables.evidenceByOpd());
        next(sheet);
        ReportTable deadlines = tables.deadlines();
        heading(next(sheet), deadlines.headers());
        rows(sheet, deadlines);
        width(sheet, 6);
    }

    private void actions() {
        Sheet sheet = sheet(
                "report.sheet.actions",
                tables.actions(
                        java.util.stream.Stream.concat(s.previousActions().stream(), s.actions().stream())
                                .toList(),
                        true));
        if (!s.closingText().isBlank()) {
            next(sheet);
            Row row = next(sheet);
            Cell label = row.createCell(0);
            label.setCellValue(SpreadsheetText.neutralise(t.get("report.closing")));
            label.setCellStyle(header);
            row.createCell(1).setCellValue(SpreadsheetText.neutralise(s.closingText()));
        }
        width(sheet, 6);
    }

    // ---- helpers ----

    /** A sheet holding one table, its header row frozen. */
    private Sheet sheet(String key, ReportTable table) {
        Sheet sheet = workbook.createSheet(t.get(key));
        heading(sheet.createRow(0), table.headers());
        sheet.createFreezePane(0, 1);
        rows(sheet, table);
        width(sheet, table.columns().size());
        return sheet;
    }

    private void heading(Row row, List<String> headers) {
        for (int i = 0; i < headers.size(); i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(SpreadsheetText.neutralise(headers.get(i)));
            cell.setCellStyle(header);
        }
    }

    private void rows(Sheet sheet, ReportTable table) {
        for (List<ReportTable.Cell> cells : table.rows()) {
            Row row = next(sheet);
            for (int i = 0; i < cells.size(); i++) {
                put(row, i, cells.get(i).value());
            }
        }
    }

    private static Row next(Sheet sheet) {
        return sheet.createRow(sheet.getPhysicalNumberOfRows() == 0 ? 0 : sheet.getLastRowNum() + 1);
    }

    private void put(Row row, int column, Object value) {
        switch (value) {
            case null -> {
                // an empty cell
            }
            case String text -> row.createCell(column).setCellValue(SpreadsheetText.neutralise(text));
            case Integer number -> row.createCell(column).setCellValue(number);
            case BigDecimal number -> {
                Cell cell = row.createCell(column);
                cell.setCellValue(number.doubleValue());
                cell.setCellStyle(number.scale() >= 3 ? threeDecimals : twoDecimals);
            }
            case LocalDate day -> {
                Cell cell = row.createCell(column);
                cell.setCellValue(day);
                cell.setCellStyle(date);
            }
            default -> row.createCell(column).setCellValue(SpreadsheetText.neutralise(String.valueOf(value)));
        }
    }

    private static void width(Sheet sheet, int columns) {
        for (int i = 0; i < columns; i++) {
            sheet.autoSizeColumn(i);
        }
    }
}
