package id.pantauspbe.exchange;

import id.pantauspbe.base.SpreadsheetText;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads an imported file row by row into a {@link Table.Sink}: XLSX (the first sheet, see {@link
 * XlsxReader}), or CSV as written by any spreadsheet: separator {@code ,} {@code ;} or tab (detected
 * from the header line), quoted fields with doubled quotes and line breaks, UTF-8 with or without
 * BOM (Windows-1252 when the bytes are not UTF-8), blank lines skipped. Numbers are kept as text;
 * {@link #number(String)} reads both the decimal point and the Indonesian decimal comma. Text cells
 * that an export neutralised against formulas ({@link SpreadsheetText}) are read back as the
 * original.
 *
 * <p>The {@link ImportLimits} are checked while reading: a file with too many columns, too long a
 * cell or too many rows is refused at the point where it passes the limit, without reading on.
 */
final class TableReader {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Pattern NUMBER = Pattern.compile("[+-]?\\d+([.,]\\d+)?");
    /** How far into the first line the separator is looked for. */
    private static final int SEPARATOR_LOOKAHEAD = 64 * 1024;

    private TableReader() {}

    static void read(String fileName, ImportSource source, ImportLimits limits, Table.Sink sink)
            throws UnreadableFileException {
        long size = source.size();
        if (size == 0) {
            throw new UnreadableFileException("import.error.emptyFile", null);
        }
        if (size > limits.maxFileSize().toBytes()) {
            throw new UnreadableFileException("import.error.tooLarge", null, limits.maxFileMegabytes());
        }
        byte[] start = new byte[4];
        int read;
        try (InputStream in = source.open()) {
            read = in.readNBytes(start, 0, 4);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (read == 4 && start[0] == 'P' && start[1] == 'K' && start[2] == 3 && start[3] == 4) {
            readXlsx(fileName, source, limits, sink);
        } else if (read == 4
                && (start[0] & 0xFF) == 0xD0
                && (start[1] & 0xFF) == 0xCF
                && (start[2] & 0xFF) == 0x11
                && (start[3] & 0xFF) == 0xE0) {
            throw new UnreadableFileException("import.error.oldExcel", null);
        } else {
            readCsv(fileName, source, limits, sink);
        }
    }

    /**
     * A number written with a decimal point or a decimal comma ("3", "3.5", "3,50"); null when the
     * text is not such a number. Thousands separators are not accepted (values are at most 5, years
     * have none).
     */
    static BigDecimal number(String text) {
        String t = text.strip();
        if (!NUMBER.matcher(t).matches()) {
            return null;
        }
        return new BigDecimal(t.replace(',', '.'));
    }

    // --- XLSX ---

    private static void readXlsx(String fileName, ImportSource source, ImportLimits limits, Table.Sink sink)
            throws UnreadableFileException {
        if (source.file().isPresent()) {
            XlsxReader.read(fileName, source.file().get(), limits, sink);
            return;
        }
        Path copy = null;
        try {
            copy = Files.createTempFile("pantau-import-", ".xlsx");
            try (InputStream in = source.open()) {
                Files.copy(in, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            XlsxReader.read(fileName, copy, limits, sink);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (copy != null) {
                try {
                    Files.deleteIfExists(copy);
                } catch (IOException ignored) {
                    // a temporary file; the system cleans its temporary folder
                }
            }
        }
    }

    // --- CSV ---

    private static void readCsv(String fileName, ImportSource source, ImportLimits limits, Table.Sink sink)
            throws UnreadableFileException {
        Charset charset = isUtf8(source) ? StandardCharsets.UTF_8 : WINDOWS_1252;
        try (Reader reader =
                new BufferedReader(new InputStreamReader(source.open(), charset), SEPARATOR_LOOKAHEAD + 1)) {
            reader.mark(1);
            if (reader.read() != '\uFEFF') {
                reader.reset();
            }
            char separator = detectSeparator(reader);
            new CsvParser(fileName, reader, separator, limits, sink).parse();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the whole content is valid UTF-8 ("CSV (pemisah koma)" of an older Excel is Windows-1252). */
    private static boolean isUtf8(ImportSource source) {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.allocate(64 * 1024);
        CharBuffer out = CharBuffer.allocate(64 * 1024);
        try (InputStream stream = source.open()) {
            byte[] chunk = new byte[32 * 1024];
            int n;
            while ((n = stream.read(chunk)) >= 0) {
                in.put(chunk, 0, n);
                in.flip();
                CoderResult result = decoder.decode(in, out, false);
                if (result.isError()) {
                    return false;
                }
                in.compact();
                out.clear();
            }
            in.flip();
            CoderResult last = decoder.decode(in, out, true);
            return !last.isError() && !decoder.flush(out).isError() && !in.hasRemaining();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The separator that occurs most often outside quotes in the first non-blank line. */
    private static char detectSeparator(Reader reader) throws IOException {
        reader.mark(SEPARATOR_LOOKAHEAD);
        int comma = 0;
        int semicolon = 0;
        int tab = 0;
        boolean quoted = false;
        boolean seenContent = false;
        for (int i = 0; i < SEPARATOR_LOOKAHEAD; i++) {
            int c = reader.read();
            if (c < 0) {
                break;
            }
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
        reader.reset();
        if (semicolon > comma && semicolon >= tab) {
            return ';';
        }
        if (tab > comma && tab > semicolon) {
            return '\t';
        }
        return ',';
    }

    /** The CSV state machine: one record at a time, limits checked on every character and field. */
    private static final class CsvParser {

        private final String fileName;
        private final Reader reader;
        private final char separator;
        private final ImportLimits limits;
        private final Table.Sink sink;
        private final char[] buffer = new char[16 * 1024];
        private int position;
        private int length;
        private Table.Header header;
        private int dataRows;

        CsvParser(String fileName, Reader reader, char separator, ImportLimits limits, Table.Sink sink) {
            this.fileName = fileName;
            this.reader = reader;
            this.separator = separator;
            this.limits = limits;
            this.sink = sink;
        }

        private int next() throws IOException {
            if (position == length) {
                length = reader.read(buffer, 0, buffer.length);
                position = 0;
                if (length <= 0) {
                    length = 0;
                    return -1;
                }
            }
            return buffer[position++];
        }

        private int peek() throws IOException {
            int c = next();
            if (c >= 0) {
                position--;
            }
            return c;
        }

        void parse() throws IOException, UnreadableFileException {
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            int line = 1;
            int recordLine = 1;
            int quoteLine = 0;
            int c;
            while ((c = next()) >= 0) {
                if (quoted) {
                    if (c == '"') {
                        if (peek() == '"') {
                            next();
                            append(field, '"', recordLine, fields.size());
                        } else {
                            quoted = false;
                        }
                    } else {
                        if (c == '\n') {
                            line++;
                        }
                        append(field, (char) c, recordLine, fields.size());
                    }
                } else if (c == '"' && isBlank(field)) {
                    field.setLength(0);
                    quoted = true;
                    quoteLine = line;
                } else if (c == separator) {
                    addField(fields, field, recordLine);
                } else if (c == '\n' || c == '\r') {
                    if (c == '\r' && peek() == '\n') {
                        next();
                    }
                    addField(fields, field, recordLine);
                    record(recordLine, fields);
                    fields = new ArrayList<>(Math.max(8, fields.size()));
                    line++;
                    recordLine = line;
                } else {
                    append(field, (char) c, recordLine, fields.size());
                }
            }
            if (quoted) {
                throw new UnreadableFileException("import.error.unclosedQuote", quoteLine, null, null, quoteLine);
            }
            addField(fields, field, recordLine);
            record(recordLine, fields);
            if (header == null) {
                throw new UnreadableFileException("import.error.emptyFile", null);
            }
        }

        private void append(StringBuilder field, char c, int row, int index) throws UnreadableFileException {
            if (field.length() >= limits.maxCellLength()) {
                throw new UnreadableFileException(
                        "import.error.cellTooLong",
                        row,
                        columnName(index),
                        null,
                        row,
                        columnLabel(index),
                        limits.maxCellLength());
            }
            field.append(c);
        }

        private void addField(List<String> fields, StringBuilder field, int row) throws UnreadableFileException {
            if (fields.size() >= limits.maxColumns()) {
                throw new UnreadableFileException(
                        "import.error.tooManyColumns", row, null, null, row, limits.maxColumns());
            }
            fields.add(field.toString());
            field.setLength(0);
        }

        private void record(int line, List<String> fields) throws UnreadableFileException {
            if (isBlank(fields)) {
                return;
            }
            if (header == null) {
                header = new Table.Header(
                        fileName,
                        line,
                        fields.stream()
                                .map(h -> h.strip().toLowerCase(Locale.ROOT))
                                .toList());
                sink.header(header);
                return;
            }
            if (++dataRows > limits.maxRows()) {
                throw new UnreadableFileException("import.error.tooManyRows", line, null, null, limits.maxRows(), line);
            }
            List<String> values = new ArrayList<>(fields.size());
            for (String f : fields) {
                values.add(SpreadsheetText.restore(f.strip()).strip());
            }
            sink.row(new Table.Row(line, header, values));
        }

        private String columnName(int index) {
            if (header != null && index < header.columns().size()) {
                String name = header.columns().get(index);
                return name.isEmpty() ? null : name;
            }
            return null;
        }

        private String columnLabel(int index) {
            String name = columnName(index);
            return name != null ? "\"" + name + "\"" : "ke-" + (index + 1);
        }

        private static boolean isBlank(List<String> fields) {
            for (String f : fields) {
                if (!f.isBlank()) {
                    return false;
                }
            }
            return true;
        }

        private static boolean isBlank(StringBuilder field) {
            for (int i = 0; i < field.length(); i++) {
                if (!Character.isWhitespace(field.charAt(i))) {
                    return false;
                }
            }
            return true;
        }
    }
}
