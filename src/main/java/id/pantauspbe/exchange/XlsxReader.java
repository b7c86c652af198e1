package id.pantauspbe.exchange;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.util.XMLHelper;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads the first sheet of an XLSX file as a stream of rows, never as a whole workbook: the parts
 * are read from the zip file one at a time with a SAX parser (POI's hardened one: no DTD, no
 * external entities), and every part is counted as it is unpacked, so a sheet or a table of shared
 * texts above its limit, a row beyond the most rows, a cell beyond the most columns or too long a
 * text is refused as soon as it is met. Numbers are taken as stored (3 not 3.0, 2.505 not 2,51),
 * formulas by their stored result.
 */
final class XlsxReader {

    /** Small parts (relationships, workbook): a real one has a few kilobytes. */
    private static final long MAX_SMALL_PART = 4L * 1024 * 1024;

    private XlsxReader() {}

    static void read(String fileName, Path file, ImportLimits limits, Table.Sink sink) throws UnreadableFileException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            String workbook = target(zip, "_rels/.rels", "", "/officeDocument");
            if (workbook == null) {
                throw unreadable(null);
            }
            String folder = workbook.contains("/") ? workbook.substring(0, workbook.lastIndexOf('/') + 1) : "";
            String workbookRels = folder + "_rels/" + workbook.substring(folder.length()) + ".rels";
            Map<String, Relationship> relationships = relationships(zip, workbookRels, folder);
            String sheetId = firstSheetId(zip, workbook);
            Relationship sheet = sheetId == null ? null : relationships.get(sheetId);
            if (sheet == null) {
                throw new UnreadableFileException("import.error.emptyFile", null);
            }
            SharedStrings shared = new SharedStrings();
            for (Relationship r : relationships.values()) {
                if (r.type().endsWith("/sharedStrings")) {
                    shared = sharedStrings(zip, r.target(), limits);
                }
            }
            XlsxSheetHandler handler = new XlsxSheetHandler(fileName, shared, limits, sink);
            parse(zip, sheet.target(), limits.maxSheetSize().toBytes(), handler, "import.error.sheetTooLarge");
            if (!handler.hasHeader()) {
                throw new UnreadableFileException("import.error.emptyFile", null);
            }
        } catch (IOException e) {
            throw unreadable(e);
        }
    }

    private record Relationship(String type, String target) {}

    /** The target of the first relationship of a type in a relationships part, resolved. */
    private static String target(ZipFile zip, String relsPart, String folder, String typeSuffix)
            throws IOException, UnreadableFileException {
        return relationships(zip, relsPart, folder).values().stream()
                .filter(r -> r.type().endsWith(typeSuffix))
                .map(Relationship::target)
                .findFirst()
                .orElse(null);
    }

    private static Map<String, Relationship> relationships(ZipFile zip, String part, String folder)
            throws IOException, UnreadableFileException {
        Map<String, Relationship> result = new HashMap<>();
        parse(
                zip,
                part,
                MAX_SMALL_PART,
                new DefaultHandler() {
                    @Override
                    public void startElement(String uri, String localName, String qName, Attributes attributes) {
                        if ("Relationship".equals(localName)) {
                            String target = attributes.getValue("Target");
                            String id = attributes.getValue("Id");
                            String type = attributes.getValue("Type");
                            if (target != null && id != null && type != null) {
                                result.put(id, new Relationship(type, resolve(folder, target)));
                            }
                        }
                    }
                },
                "import.error.unreadableXlsx");
        return result;
    }

    /** The relationship id of the first sheet in the workbook's order. */
    private static String firstSheetId(ZipFile zip, String workbook) throws IOException, UnreadableFileException {
        String[] found = new String[1];
        parse(
                zip,
                workbook,
                MAX_SMALL_PART,
                new DefaultHandler() {
                    @Override
                    public void startElement(String uri, String localName, String qName, Attributes attributes) {
                        if (found[0] == null && "sheet".equals(localName)) {
                            for (int i = 0; i < attributes.getLength(); i++) {
                                if ("id".equals(attributes.getLocalName(i))
                                        && attributes.getURI(i).contains("relationships")) {
                                    found[0] = attributes.getValue(i);
                                }
                            }
                        }
                    }
                },
                "import.error.unreadableXlsx");
        return found[0];
    }

    private static String resolve(String folder, String target) {
        String path = target.startsWith("/") ? target.substring(1) : folder + target;
        // "xl/worksheets/../sharedStrings.xml" and the like
        List<String> parts = new ArrayList<>();
        for (String part : path.split("/")) {
            if (part.equals("..")) {
                if (!parts.isEmpty()) {
                    parts.removeLast();
                }
            } else if (!part.isEmpty() && !part.equals(".")) {
                parts.add(part);
            }
        }
        return String.join("/", parts);
    }

    private static void parse(ZipFile zip, String part, long maxBytes, ContentHandler handler, String tooLargeKey)
            throws IOException, UnreadableFileException {
        ZipEntry entry = zip.getEntry(part);
        if (entry == null) {
            throw unreadable(null);
        }
        try (InputStream in = new LimitedStream(zip.getInputStream(entry), maxBytes, tooLargeKey)) {
            XMLReader reader = XMLHelper.newXMLReader();
            reader.setContentHandler(handler);
            reader.parse(new InputSource(in));
        } catch (SAXException | IOException | RuntimeException e) {
            Throwable cause = e;
            while (cause != null) {
                if (cause instanceof Table.Stop stop) {
                    throw stop;
                }
                if (cause instanceof Refusal refusal) {
                    throw refusal.refusal;
                }
                if (cause instanceof TooLarge tooLarge) {
                    throw new UnreadableFileException(tooLarge.key, null, tooLarge.max / (1024.0 * 1024.0));
                }
                if (cause instanceof SheetEnd) {
                    return;
                }
                cause = cause.getCause() == cause ? null : cause.getCause();
            }
            throw unreadable(e);
        } catch (javax.xml.parsers.ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static SharedStrings sharedStrings(ZipFile zip, String part, ImportLimits limits)
            throws IOException, UnreadableFileException {
        SharedStrings shared = new SharedStrings();
        parse(
                zip,
                part,
                limits.maxSharedStringsSize().toBytes(),
                new DefaultHandler() {
                    private final StringBuilder text = new StringBuilder();
                    private boolean inText;
                    private int phonetic;

                    @Override
                    public void startElement(String uri, String localName, String qName, Attributes attributes) {
                        switch (localName) {
                            case "si" -> text.setLength(0);
                            case "rPh" -> phonetic++;
                            case "t" -> inText = phonetic == 0;
                            default -> {}
                        }
                    }

                    @Override
                    public void endElement(String uri, String localName, String qName) throws SAXException {
                        switch (localName) {
                            case "si" -> shared.add(text);
                            case "rPh" -> phonetic--;
                            case "t" -> inText = false;
                            default -> {}
                        }
                    }

                    @Override
                    public void characters(char[] ch, int start, int length) throws SAXException {
                        if (inText) {
                            if (text.length() + length > limits.maxCellLength()) {
                                throw new Refusal(new UnreadableFileException(
                                        "import.error.sharedTextTooLong", null, limits.maxCellLength()));
                            }
                            text.append(ch, start, length);
                        }
                    }
                },
                "import.error.sharedStringsTooLarge");
        return shared;
    }

    /** The shared texts of a workbook in one buffer: no object per text. */
    static final class SharedStrings {

        private final StringBuilder chars = new StringBuilder();
        private int[] ends = new int[256];
        private int count;

        void add(CharSequence text) {
            chars.append(text);
            if (count == ends.length) {
                ends = Arrays.copyOf(ends, count * 2);
            }
            ends[count++] = chars.length();
        }

        String get(int index) {
            if (index < 0 || index >= count) {
                return null;
            }
            return chars.substring(index == 0 ? 0 : ends[index - 1], ends[index]);
        }
    }

    /** A number as stored, without a binary tail: 3 not 3.0, 2.505 not 2.5049999. */
    static String plain(String stored) {
        try {
            BigDecimal exact = new BigDecimal(Double.toString(Double.parseDouble(stored))).stripTrailingZeros();
            return exact.scale() < 0 ? exact.setScale(0).toPlainString() : exact.toPlainString();
        } catch (NumberFormatException e) {
            return stored.strip();
        }
    }

    static UnreadableFileException unreadable(Throwable cause) {
        return new UnreadableFileException("import.error.unreadableXlsx", cause);
    }

    /** A limit or a broken cell met while parsing; carries the refusal out of the parser. */
    static final class Refusal extends SAXException {

        private final transient UnreadableFileException refusal;

        Refusal(UnreadableFileException refusal) {
            super(refusal.key());
            this.refusal = refusal;
        }
    }

    /** The end of the sheet's data: the rest of the sheet is not read. */
    static final class SheetEnd extends SAXException {}

    private static final class TooLarge extends IOException {

        private final String key;
        private final long max;

        TooLarge(String key, long max) {
            super(key);
            this.key = key;
            this.max = max;
        }
    }

    /** Counts the unpacked bytes of a part and stops at its limit. */
    private static final class LimitedStream extends FilterInputStream {

        private final long max;
        private final String key;
        private long count;

        LimitedStream(InputStream in, long max, String key) {
            super(in);
            this.max = max;
            this.key = key;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws TooLarge {
            count += n;
            if (count > max) {
                throw new TooLarge(key, max);
            }
        }
    }
}
