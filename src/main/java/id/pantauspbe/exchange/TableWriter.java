package id.pantauspbe.exchange;

import id.pantauspbe.base.Messages;
import id.pantauspbe.base.SpreadsheetText;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes rows in the import format: CSV (comma, decimal point, UTF-8 with BOM so Excel shows the
 * names right) or XLSX (numbers as numbers, a second sheet "Petunjuk" explaining every column in
 * Bahasa Indonesia). What it writes, {@link TableReader} reads back unchanged. Text cells that a
 * spreadsheet could take for a formula are neutralised ({@link SpreadsheetText}); numbers are
 * written as numbers and never changed.
 */
final class TableWriter {

    private TableWriter() {}

    static byte[] csv(List<String> header, List<List<Object>> rows) {
        StringBuilder out = new StringBuilder("\uFEFF");
        line(out, header.stream().map(h -> (Object) h).toList());
        rows.forEach(row -> line(out, row));
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] xlsx(ImportKind kind, List<List<Object>> rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Sheet data = workbook.createSheet(kind.code());
            Row header = data.createRow(0);
            for (int c = 0; c < kind.columns().size(); c++) {
                Cell cell = header.createCell(c);
                cell.setCellValue(kind.columns().get(c));
                cell.setCellStyle(bold);
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = data.createRow(r + 1);
                List<Object> values = rows.get(r);
                for (int c = 0; c < values.size(); c++) {
                    Object value = values.get(c);
                    if (value == null) {
                        continue;
                    }
                    Cell cell = row.createCell(c);
                    switch (value) {
                        case BigDecimal number -> cell.setCellValue(number.doubleValue());
                        case Integer number -> cell.setCellValue(number);
                        default -> cell.setCellValue(SpreadsheetText.neutralise(value.toString()));
                    }
                }
            }
            data.createFreezePane(0, 1);
            for (int c = 0; c < kind.columns().size(); c++) {
                data.setColumnWidth(c, 18 * 256);
            }
            guide(workbook, kind, bold);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void guide(XSSFWorkbook workbook, ImportKind kind, CellStyle bold) {
        Sheet guide = workbook.createSheet(Messages.indonesian("template.guide.sheet"));
        Row title = guide.createRow(0);
        title.createCell(0).setCellValue(Messages.indonesian("template." + kind.code() + ".title"));
        title.getCell(0).setCellStyle(bold);
        guide.createRow(1).createCell(0).setCellValue(Messages.indonesian("template." + kind.code() + ".intro"));
        Row header = guide.createRow(3);
        String[] headings = {
            Messages.indonesian("template.guide.column"),
            Messages.indonesian("template.guide.required"),
            Messages.indonesian("template.guide.meaning")
        };
        for (int c = 0; c < headings.length; c++) {
            header.createCell(c).setCellValue(headings[c]);
            header.getCell(c).setCellStyle(bold);
        }
        int r = 4;
        for (String column : kind.columns()) {
            Row row = guide.createRow(r++);
            row.createCell(0).setCellValue(column);
            row.createCell(1)
                    .setCellValue(Messages.indonesian(
                            kind.required().contains(column) ? "template.guide.yes" : "template.guide.no"));
            row.createCell(2).setCellValue(Messages.indonesian("template." + kind.code() + ".column." + column));
        }
        guide.createRow(r + 1).createCell(0).setCellValue(Messages.indonesian("template.guide.rules"));
        guide.setColumnWidth(0, 20 * 256);
        guide.setColumnWidth(1, 10 * 256);
        guide.setColumnWidth(2, 110 * 256);
    }

    private static void line(StringBuilder out, List<Object> values) {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            Object value = values.get(i);
            String text = switch (value) {
                case null -> "";
                case BigDecimal number -> plain(number);
                case Number number -> number.toString();
                default -> SpreadsheetText.neutralise(value.toString());
            };
            if (text.contains(",")
                    || text.contains("\"")
                    || text.contains("\n")
                    || text.contains("\r")
                    || text.contains(";")) {
                out.append('"').append(text.replace("\"", "\"\"")).append('"');
            } else {
                out.append(text);
            }
        }
        out.append("\r\n");
    }

    /** 3.00 → "3", 3.50 → "3.5". */
    static String plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }
}
