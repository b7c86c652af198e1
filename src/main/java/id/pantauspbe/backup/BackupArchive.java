package id.pantauspbe.backup;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The layout of a backup zip: {@code database.sql} (H2's {@code SCRIPT} of the whole database; absent
 * with PostgreSQL, which is backed up with {@code pg_dump}), {@code evidence/<year>/<id>} (the
 * uploaded evidence files) and {@code manifest.properties} last: when and why it was taken, what the
 * database part is, and the size and SHA-256 of every other entry, which a restore checks.
 */
final class BackupArchive {

    static final String MANIFEST = "manifest.properties";
    static final String DATABASE = "database.sql";
    static final String EVIDENCE = "evidence/";

    private BackupArchive() {}

    static void write(OutputStream out, Path script, Path evidence, String reason, OffsetDateTime created)
            throws IOException {
        TreeMap<String, String> manifest = new TreeMap<>();
        manifest.put("format", "1");
        manifest.put("created", created.toString());
        manifest.put("reason", reason);
        manifest.put("database", script == null ? "none" : "h2-script");
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            if (script != null) {
                add(zip, DATABASE, script, manifest);
            }
            int files = 0;
            if (Files.isDirectory(evidence)) {
                List<Path> all;
                try (Stream<Path> walk = Files.walk(evidence)) {
                    all = walk.filter(Files::isRegularFile)
                            .filter(p -> !evidence.relativize(p).startsWith("tmp"))
                            .sorted()
                            .toList();
                }
                for (Path file : all) {
                    String name =
                            EVIDENCE + evidence.relativize(file).toString().replace('\\', '/');
                    add(zip, name, file, manifest);
                    files++;
                }
            }
            manifest.put("evidence-files", Integer.toString(files));
            Properties properties = new Properties();
            properties.putAll(manifest);
            ByteArrayOutputStream text = new ByteArrayOutputStream();
            properties.store(text, "Pantau SPBE backup");
            zip.putNextEntry(new ZipEntry(MANIFEST));
            zip.write(text.toString(StandardCharsets.ISO_8859_1).getBytes(StandardCharsets.ISO_8859_1));
            zip.closeEntry();
        }
    }

    private static void add(ZipOutputStream zip, String name, Path file, TreeMap<String, String> manifest)
            throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        MessageDigest digest = sha256();
        long size;
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            size = in.transferTo(zip);
        }
        zip.closeEntry();
        manifest.put("size." + name, Long.toString(size));
        manifest.put("sha256." + name, HexFormat.of().formatHex(digest.digest()));
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
