package id.pantauspbe.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.router.Route;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/**
 * The committed production bundle loads each view's client code in a chunk keyed by the SHA-256 of
 * the view's class name. A view added, moved or renamed without rebuilding the bundle (README,
 * "Frontend") opens without its fields and buttons, and Vaadin's own check does not notice; this
 * test does.
 */
class FrontendBundleTest {

    /** Views the bundle loads eagerly (the start page and the login), so they have no chunk. */
    private static final List<String> EAGER = List.of("", "login");

    @Test
    void everyViewHasItsChunkInTheCommittedBundle() throws IOException {
        String imports = flowImports(Path.of("src/main/bundles/prod.bundle"));
        List<JavaClass> views = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("id.pantauspbe").stream()
                        .filter(c -> c.isAnnotatedWith(Route.class))
                        .filter(c -> !EAGER.contains(
                                c.getAnnotationOfType(Route.class).value()))
                        .toList();
        assertThat(views).hasSizeGreaterThan(10);
        assertThat(views)
                .as("views without a chunk in src/main/bundles/prod.bundle: rebuild it with Node 24 (README, Frontend)")
                .filteredOn(v -> !imports.contains(sha256(v.getName())))
                .extracting(JavaClass::getName)
                .isEmpty();
    }

    private static String flowImports(Path bundle) throws IOException {
        try (ZipFile zip = new ZipFile(bundle.toFile())) {
            ZipEntry entry = zip.stream()
                    .filter(e -> e.getName().matches("webapp/VAADIN/build/generated-flow-imports-[^/]*\\.js"))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no generated-flow-imports in " + bundle));
            return new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
