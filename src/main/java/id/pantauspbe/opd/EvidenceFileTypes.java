package id.pantauspbe.opd;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.tika.Tika;

/**
 * Which files may be evidence, judged from their bytes: PDF, PNG and JPEG images, and office
 * documents (Word, Excel, PowerPoint, old and new, and OpenDocument). The type is detected from the
 * content with Apache Tika (the file name is not consulted), then it must agree with the file's
 * extension: a renamed executable or a picture named {@code .pdf} is refused. Office containers are
 * opened to check they hold a document of that kind (a zip named {@code .docx} is not a document).
 */
final class EvidenceFileTypes {

    /** Accepted extensions and the content type stored and sent on download. */
    static final Map<String, String> CONTENT_TYPES = Map.ofEntries(
            Map.entry("pdf", "application/pdf"),
            Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
            Map.entry("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            Map.entry("pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation"),
            Map.entry("doc", "application/msword"),
            Map.entry("xls", "application/vnd.ms-excel"),
            Map.entry("ppt", "application/vnd.ms-powerpoint"),
            Map.entry("odt", "application/vnd.oasis.opendocument.text"),
            Map.entry("ods", "application/vnd.oasis.opendocument.spreadsheet"),
            Map.entry("odp", "application/vnd.oasis.opendocument.presentation"));

    /** The extensions in the order they are offered to users. */
    static final List<String> EXTENSIONS =
            List.of("pdf", "png", "jpg", "jpeg", "docx", "xlsx", "pptx", "doc", "xls", "ppt", "odt", "ods", "odp");

    private static final Map<String, String> OOXML_FOLDER = Map.of("docx", "word/", "xlsx", "xl/", "pptx", "ppt/");
    private static final Map<String, Set<String>> OLE2_ENTRIES = Map.of(
            "doc", Set.of("WordDocument"),
            "xls", Set.of("Workbook", "WORKBOOK", "Book"),
            "ppt", Set.of("PowerPoint Document"));

    private static final Tika TIKA = new Tika();

    private EvidenceFileTypes() {}

    /** The extension of a file name in lower case, or "" when it has none. */
    static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 || dot == fileName.length() - 1
                ? ""
                : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** The type detected from the content alone (no file name), for example {@code application/pdf}. */
    static String detect(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return TIKA.detect(in);
        }
    }

    /**
     * The content type to store for a file, after checking its content against its extension.
     *
     * @throws UploadRejectedException when the content is not an allowed kind or does not match the
     *     extension
     */
    static String check(String fileName, Path file) throws IOException {
        String detected = detect(file);
        String extension = extension(fileName);
        String declared = CONTENT_TYPES.get(extension);
        if (!allowedFamily(detected)) {
            throw new UploadRejectedException("evidence.file.rejected.type", fileName, detected);
        }
        if (declared == null) {
            throw new UploadRejectedException(
                    "evidence.file.rejected.extension", fileName, String.join(", ", EXTENSIONS));
        }
        if (!matches(extension, detected, file)) {
            throw new UploadRejectedException("evidence.file.rejected.mismatch", fileName, detected, extension);
        }
        return declared;
    }

    private static boolean allowedFamily(String detected) {
        return switch (detected) {
            case "application/pdf",
                    "image/png",
                    "image/jpeg",
                    "application/zip",
                    "application/x-tika-ooxml",
                    "application/x-tika-msoffice" -> true;
            default -> CONTENT_TYPES.containsValue(detected);
        };
    }

    private static boolean matches(String extension, String detected, Path file) throws IOException {
        return switch (extension) {
            case "pdf" -> detected.equals("application/pdf");
            case "png" -> detected.equals("image/png");
            case "jpg", "jpeg" -> detected.equals("image/jpeg");
            case "docx", "xlsx", "pptx" -> isZip(detected) && isOoxml(file, OOXML_FOLDER.get(extension));
            case "odt", "ods", "odp" -> isZip(detected) && isOpenDocument(file, CONTENT_TYPES.get(extension));
            case "doc", "xls", "ppt" -> isOle2(detected) && hasOle2Entry(file, OLE2_ENTRIES.get(extension));
            default -> false;
        };
    }

    private static boolean isZip(String detected) {
        return detected.equals("application/zip")
                || detected.equals("application/x-tika-ooxml")
                || detected.startsWith("application/vnd.openxmlformats-officedocument.")
                || detected.startsWith("application/vnd.oasis.opendocument.");
    }

    private static boolean isOle2(String detected) {
        return detected.equals("application/x-tika-msoffice")
                || detected.equals("application/msword")
                || detected.equals("application/vnd.ms-excel")
                || detected.equals("application/vnd.ms-powerpoint");
    }

    /** An Office Open XML package: {@code [Content_Types].xml} and the part folder of its kind. */
    private static boolean isOoxml(Path file, String folder) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            return zip.getEntry("[Content_Types].xml") != null
                    && zip.stream().map(ZipEntry::getName).anyMatch(n -> n.startsWith(folder));
        } catch (IOException e) {
            return false;
        }
    }

    /** An OpenDocument package whose {@code mimetype} entry names the expected type. */
    private static boolean isOpenDocument(Path file, String type) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry entry = zip.getEntry("mimetype");
            if (entry == null || entry.getSize() > 200) {
                return false;
            }
            try (InputStream in = zip.getInputStream(entry)) {
                return new String(in.readNBytes(200), StandardCharsets.US_ASCII)
                        .strip()
                        .equals(type);
            }
        } catch (IOException e) {
            return false;
        }
    }

    /** An OLE2 compound file (old Office) holding the stream of a document of that kind. */
    private static boolean hasOle2Entry(Path file, Set<String> names) {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            DirectoryNode root = fs.getRoot();
            return names.stream().anyMatch(root::hasEntry);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
