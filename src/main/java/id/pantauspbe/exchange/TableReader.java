package id.pantauspbe.exchange;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads an imported file into a {@link Table}: XLSX (the first sheet), or CSV as written by any
 * spreadsheet: separator {@code ,} {@code ;} or tab (detected from the header line), quoted fields
 * with doubled quotes and line breaks, UTF-8 with or without BOM (Windows-1252 when the bytes are
 * not UTF-8), blank lines skipped. Numbers are kept as text; {@link #number(String)} reads both the
 * decimal point and the Indonesian decimal comma.
 */
final class TableReader {

    static final long MAX_BYTES = 10L * 1024 * 1024;
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TableReader() {}

    static Table read(String fileName, byte[] bytes) throws UnreadableFileException {
        if (bytes == null || bytes.length == 0) {
            throw new UnreadableFileException("import.error.emptyFile", null);
        }
        if (bytes.length > MAX_BYTES) {
            throw new UnreadableFileException("import.error.tooLarge", null, MAX_BYTES / (1024 * 1024));
        }
        if (isZip(bytes)) {
            return readXlsx(fileName, bytes);
        }
        if (isOleDocument(bytes)) {
            throw new UnreadableFileException("import.error.oldExcel", null);
        }
        return readCsv(fileName, decode(bytes));
    }

    /**
     * A number written with a decimal point or a decimal comma ("3", "3.5", "3,50"); null when the
     * text is not such a number. Thousands separators are not accepted (values are at most 5, years
     * have none).
     */
    static BigDecimal number(String text) {
        String t = text.strip();
        if (!t.matches("[+-]?\\d+([.,]\\d+)?")) {
            return null;
        }
        return new BigDecimal(t.replace(',', '.'));
    }

    // --- CSV ---

    private static String decode(byte[] bytes) {
        int start =
                bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF
                        ? 3
                        : 0;
        ByteBuffer buffer = ByteBuffer.wrap(bytes, start, bytes.length - start);
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(buffer)
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            // "CSV (pemisah koma)" from an older Excel is saved in the Windows code page
            return new String(bytes, WINDOWS_1252);
        }
    }

    static Table readCsv(String fileName, String text) throws UnreadableFileException {
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        char separator = detectSeparator(text);
        List<CsvRecord> records = parse(text, separator);
        if (records.isEmpty()) {
            throw new UnreadableFileException("import.error.emptyFile", null);
        }
        CsvRecord headerRecord = records.getFirst();
        List<String> header =
                headerRecord.fields().stream().map(TableReader::columnName).toList();
        List<Table.Row> rows = new ArrayList<>();
        for (CsvRecord record : records.subList(1, records.size())) {
            rows.add(new Table.Row(record.line(), cells(header, record.fields())));
        }
        return new Table(fileName, headerRecord.line(), header, rows);
    }

    private record CsvRecord(int line, List<String> fields) {}

    /** The separator that occurs most often outside quotes in the first non-blank line. */
    private static char detectSeparator(String text) {
        int comma = 0;
        int semicolon = 0;
        int tab = 0;
        boolean quoted = false;
        boolean seenContent = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                if (seenContent) {
                    break;
                }
            } else if (!quoted) {
                switch (c) {
                    case ',' -> comma++;
                    case ';' -> semicolon++;
                    case '\t' -> tab++;
                    default -> {}
                }
            }
            if (!Character.isWhitespace(c)) {
                seenContent = true;
            }
        }
        if (semicolon > comma && semicolon >= tab) {
            return ';';
        }
        if (tab > comma && tab > semicolon) {
            return '\t';
        }
        return ',';
    }

    private static List<CsvRecord> parse(String text, char separator) throws UnreadableFileException {
        List<CsvRecord> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int recordLine = 1;
        int quoteLine = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
            } else if (c == '"' && field.toString().isBlank()) {
                field.setLength(0);
                quoted = true;
                quoteLine = line;
            } else if (c == separator) {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                fields.add(field.toString());
                field.setLength(0);
                addRecord(records, recordLine, fields);
                fields = new ArrayList<>();
                line++;
                recordLine = line;
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new UnreadableFileException("import.error.unclosedQuote", null, quoteLine);
        }
        fields.add(field.toString());
        addRecord(records, recordLine, fields);
        return records;
    }

    private static void addRecord(List<CsvRecord> records, int line, List<String> fields) {
        if (!fields.stream().allMatch(String::isBlank)) {
            records.add(new CsvRecord(line, fields));
        }
    }

    // --- XLSX ---

    private static Table readXlsx(String fileName, byte[] bytes) throws UnreadableFileException {
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            if (workbook.getNumberOfSheets() == 0) {
                throw new UnreadableFileException("import.error.emptyFile", null);
            }
            Sheet sheet = workbook.getSheetAt(0);
            List<String> header = null;
            int headerRow = 0;
            List<Table.Row> rows = new ArrayList<>();
            for (org.apache.poi.ss.usermodel.Row row : sheet) {
                List<String> values = new ArrayList<>();
                int last = Math.max(row.getLastCellNum(), header == null ? 0 : header.size());
                for (int c = 0; c < last; c++) {
                    values.add(text(row.getCell(c)));
                }
                if (values.stream().allMatch(String::isBlank)) {
                    continue;
                }
                if (header == null) {
                    header = values.stream().map(TableReader::columnName).toList();
                    headerRow = row.getRowNum() + 1;
                } else {
                    rows.add(new Table.Row(row.getRowNum() + 1, cells(header, values)));
                }
            }
            if (header == null) {
                throw new UnreadableFileException("import.error.emptyFile", null);
            }
            return new Table(fileName, headerRow, header, rows);
        } catch (IOException | RuntimeException e) {
            throw new UnreadableFileException("import.error.unreadableXlsx", e);
        }
    }

    /** A cell as text: numbers exactly as stored (3 not 3.0, 2.505 not 2,51), formulas by their cached value. */
    private static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case NUMERIC ->
                DateUtil.isCellDateFormatted(cell)
                        ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
                        : plain(cell.getNumericCellValue());
            case STRING -> cell.getStringCellValue().strip();
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
            default -> "";
        };
    }

    private static String plain(double value) {
        BigDecimal exact = new BigDecimal(Double.toString(value)).stripTrailingZeros();
        return exact.scale() < 0 ? exact.setScale(0).toPlainString() : exact.toPlainString();
    }

    // --- shared ---

    private static String columnName(String header) {
        return header.strip().toLowerCase(Locale.ROOT);
    }

    private static Map<String, String> cells(List<String> header, List<String> values) {
        Map<String, String> cells = new LinkedHashMap<>();
        for (int i = 0; i < Math.max(header.size(), values.size()); i++) {
            String name = i < header.size() ? header.get(i) : "";
            String value = i < values.size() ? values.get(i).strip() : "";
            if (name.isEmpty()) {
                // a value under no header: kept under a positional name so validation can report it
                if (!value.isEmpty()) {
                    cells.put("#" + (i + 1), value);
                }
            } else {
                cells.putIfAbsent(name, value);
            }
        }
        return cells;
    }

    private static boolean isZip(byte[] bytes) {
        return bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
    }

    private static boolean isOleDocument(byte[] bytes) {
        return bytes.length >= 4
                && (bytes[0] & 0xFF) == 0xD0
                && (bytes[1] & 0xFF) == 0xCF
                && (bytes[2] & 0xFF) == 0x11
                && (bytes[3] & 0xFF) == 0xE0;
    }
}
