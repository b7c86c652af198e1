package id.pantauspbe.exchange;

import id.pantauspbe.base.SpreadsheetText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/** The rows of the sheet: cells by their reference (B7), blank rows skipped. */
final class XlsxSheetHandler extends DefaultHandler {

    private final String fileName;
    private final XlsxReader.SharedStrings shared;
    private final ImportLimits limits;
    private final Table.Sink sink;
    private final StringBuilder text = new StringBuilder();
    private final List<String> values = new ArrayList<>();
    private Table.Header header;
    private int dataRows;
    private int rowNumber;
    private int column;
    private String type;
    private boolean capturing;
    private boolean inInline;
    private int phonetic;

    XlsxSheetHandler(String fileName, XlsxReader.SharedStrings shared, ImportLimits limits, Table.Sink sink) {
        this.fileName = fileName;
        this.shared = shared;
        this.limits = limits;
        this.sink = sink;
    }

    boolean hasHeader() {
        return header != null;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
        switch (localName) {
            case "row" -> {
                String r = attributes.getValue("r");
                rowNumber = r == null ? rowNumber + 1 : parseInt(r);
                values.clear();
                column = -1;
            }
            case "c" -> {
                String ref = attributes.getValue("r");
                column = ref == null ? column + 1 : column(ref);
                if (column >= limits.maxColumns()) {
                    throw new XlsxReader.Refusal(new UnreadableFileException(
                            "import.error.tooManyColumns", rowNumber, null, null, rowNumber, limits.maxColumns()));
                }
                type = attributes.getValue("t");
                text.setLength(0);
            }
            case "v" -> capturing = true;
            case "is" -> inInline = true;
            case "rPh" -> phonetic++;
            case "t" -> capturing = inInline && phonetic == 0;
            default -> {}
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        switch (localName) {
            case "v", "t" -> capturing = false;
            case "is" -> inInline = false;
            case "rPh" -> phonetic--;
            case "c" -> {
                while (values.size() <= column) {
                    values.add("");
                }
                values.set(column, value());
            }
            case "row" -> row();
            // nothing after the sheet's data concerns the import
            case "sheetData" -> throw new XlsxReader.SheetEnd();
            default -> {}
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        if (capturing) {
            if (text.length() + length > limits.maxCellLength()) {
                throw new XlsxReader.Refusal(new UnreadableFileException(
                        "import.error.cellTooLong",
                        rowNumber,
                        columnName(column),
                        null,
                        rowNumber,
                        columnLabel(column),
                        limits.maxCellLength()));
            }
            text.append(ch, start, length);
        }
    }

    private String value() throws XlsxReader.Refusal {
        String raw = text.toString();
        if (type == null || type.equals("n")) {
            return raw.isEmpty() ? "" : XlsxReader.plain(raw);
        }
        return switch (type) {
            case "s" -> {
                String s = shared.get(raw.isBlank() ? -1 : parseInt(raw.strip()));
                if (s == null) {
                    throw new XlsxReader.Refusal(XlsxReader.unreadable(null));
                }
                yield text(s);
            }
            case "inlineStr", "str" -> text(raw);
            case "b" -> "1".equals(raw.strip()) ? "true" : "false";
            case "e" -> "";
            default -> text(raw);
        };
    }

    private static String text(String s) {
        return SpreadsheetText.restore(s.strip()).strip();
    }

    private void row() throws XlsxReader.Refusal {
        boolean blank = true;
        for (String v : values) {
            if (!v.isBlank()) {
                blank = false;
                break;
            }
        }
        if (blank) {
            return;
        }
        if (header == null) {
            header = new Table.Header(
                    fileName,
                    rowNumber,
                    values.stream().map(h -> h.toLowerCase(Locale.ROOT)).toList());
            sink.header(header);
            return;
        }
        if (++dataRows > limits.maxRows()) {
            throw new XlsxReader.Refusal(new UnreadableFileException(
                    "import.error.tooManyRows", rowNumber, null, null, limits.maxRows(), rowNumber));
        }
        List<String> row =
                new ArrayList<>(Math.max(values.size(), header.columns().size()));
        row.addAll(values);
        while (row.size() < header.columns().size()) {
            row.add("");
        }
        sink.row(new Table.Row(rowNumber, header, row));
    }

    private String columnName(int index) {
        if (header != null && index >= 0 && index < header.columns().size()) {
            String name = header.columns().get(index);
            return name.isEmpty() ? null : name;
        }
        return null;
    }

    private String columnLabel(int index) {
        String name = columnName(index);
        return name != null ? "\"" + name + "\"" : "ke-" + (index + 1);
    }

    /** "B7" → 1; a reference beyond the most columns gives a large index, refused by the caller. */
    private static int column(String ref) throws XlsxReader.Refusal {
        int index = 0;
        int letters = 0;
        for (int i = 0; i < ref.length() && Character.isLetter(ref.charAt(i)); i++) {
            if (++letters > 3) {
                throw new XlsxReader.Refusal(XlsxReader.unreadable(null));
            }
            index = index * 26 + (Character.toUpperCase(ref.charAt(i)) - 'A' + 1);
        }
        if (letters == 0) {
            throw new XlsxReader.Refusal(XlsxReader.unreadable(null));
        }
        return index - 1;
    }

    private static int parseInt(String text) throws XlsxReader.Refusal {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new XlsxReader.Refusal(XlsxReader.unreadable(e));
        }
    }
}
