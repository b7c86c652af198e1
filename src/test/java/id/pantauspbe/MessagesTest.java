package id.pantauspbe;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import id.pantauspbe.base.Translated;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every user text is in both bundles, every key used exists, and views hold no literal text. */
class MessagesTest {

    private static final Path MAIN = Path.of("src/main/java");
    private static final Pattern KEY_CALL = Pattern.compile("(?:getTranslation|text\\.get)\\(\\s*\"([A-Za-z0-9_.]+)\"");
    private static final Pattern STRING = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

    @Test
    void bothBundlesHaveTheSameKeys() throws IOException {
        assertThat(load("i18n/messages_en.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(
                        load("i18n/messages.properties").stringPropertyNames());
    }

    @Test
    void everyKeyUsedInTheCodeExists() throws IOException {
        Set<String> keys = load("i18n/messages.properties").stringPropertyNames();
        Set<String> used = new TreeSet<>();
        for (Path file : javaFiles(MAIN)) {
            Matcher m = KEY_CALL.matcher(Files.readString(file));
            while (m.find()) {
                used.add(m.group(1));
            }
        }
        assertThat(used).isNotEmpty();
        // a key ending in "." is a prefix completed at run time by an enum constant: checked below
        assertThat(keys).containsAll(used.stream().filter(k -> !k.endsWith(".")).toList());
    }

    /**
     * Texts with parameters go through MessageFormat, where an apostrophe must be doubled; texts
     * without parameters are shown as written, where a doubled one would show twice.
     */
    @Test
    void everyBrowserTabIsTitledAlike() throws IOException {
        for (String bundle : List.of("i18n/messages.properties", "i18n/messages_en.properties")) {
            Properties texts = load(bundle);
            assertThat(texts.stringPropertyNames().stream()
                            .filter(k -> k.endsWith(".pageTitle"))
                            .filter(k -> !texts.getProperty(k).matches("[^|–]+ – Pantau SPBE"))
                            .sorted()
                            .toList())
                    .as(bundle + ": page titles not of the form \"X – Pantau SPBE\"")
                    .isEmpty();
        }
    }

    @Test
    void apostrophesSuitHowEachTextIsFormatted() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (String bundle : List.of("i18n/messages.properties", "i18n/messages_en.properties")) {
            java.util.Properties texts = load(bundle);
            for (String key : texts.stringPropertyNames()) {
                String text = texts.getProperty(key);
                boolean params = text.matches("(?s).*\\{\\d.*");
                if (params ? text.replace("''", "").contains("'") : text.contains("''")) {
                    wrong.add(bundle + ": " + key);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    /**
     * Key prefixes the code completes with a string code, not an enum constant; keep this list short.
     * {@code template.} is completed with an import kind and a column name ({@code
     * template.hasil.column.nilai}).
     */
    private static final Set<String> STRING_CODED_PREFIXES = Set.of("template.");

    /** The enums are found on the class path (every {@code @Translated} enum), not listed by hand. */
    @Test
    void everyTranslatedEnumConstantHasItsKeysInBothBundles() throws IOException {
        List<JavaClass> enums = translatedEnums();
        assertThat(enums)
                .extracting(JavaClass::getSimpleName)
                .contains("Stage", "Role", "Unexplained", "OwnerRole", "ExportFormat");
        List<String> missing = new ArrayList<>();
        for (String bundle : List.of("i18n/messages.properties", "i18n/messages_en.properties")) {
            Set<String> keys = load(bundle).stringPropertyNames();
            for (JavaClass type : enums) {
                for (String prefix : type.getAnnotationOfType(Translated.class).value()) {
                    assertThat(prefix).as(type.getName()).endsWith(".");
                    for (Object constant : type.reflect().getEnumConstants()) {
                        String key = prefix + ((Enum<?>) constant).name();
                        if (!keys.contains(key)) {
                            missing.add(bundle + ": " + key + " (" + type.getSimpleName() + ")");
                        }
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyKeyPrefixCompletedAtRunTimeBelongsToATranslatedEnum() throws IOException {
        Set<String> prefixes = new TreeSet<>(STRING_CODED_PREFIXES);
        translatedEnums()
                .forEach(e -> prefixes.addAll(
                        List.of(e.getAnnotationOfType(Translated.class).value())));
        Pattern prefixCall = Pattern.compile(
                "(?:getTranslation|\\b(?:text|t)\\.get|\\bc\\.t|Messages\\.indonesian)\\(\\s*\"([A-Za-z0-9_.]+\\.)\"\\s*\\+");
        List<String> unknown = new ArrayList<>();
        for (Path file : javaFiles(MAIN)) {
            Matcher m = prefixCall.matcher(Files.readString(file));
            while (m.find()) {
                if (!prefixes.contains(m.group(1))) {
                    unknown.add(file.getFileName() + ": " + m.group(1));
                }
            }
        }
        assertThat(unknown)
                .as("key prefixes completed at run time: annotate the enum with @Translated")
                .isEmpty();
    }

    /** Imported once for the tests that need it (an import of the main classes takes seconds). */
    private static List<JavaClass> translatedEnums;

    private static synchronized List<JavaClass> translatedEnums() {
        if (translatedEnums == null) {
            translatedEnums = new ClassFileImporter()
                            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                            .importPackages("id.pantauspbe")
                            .stream()
                            .filter(c -> c.isEnum() && c.isAnnotatedWith(Translated.class))
                            .toList();
        }
        return translatedEnums;
    }

    @Test
    void viewsHoldNoHardCodedUserText() throws IOException {
        List<String> offending = new ArrayList<>();
        for (Path file : javaFiles(MAIN)) {
            if (!file.toString().contains("/ui/")) {
                continue;
            }
            List<String> lines = Files.readAllLines(file);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).strip();
                if (line.startsWith("//") || line.startsWith("*") || line.startsWith("/*") || line.startsWith("@")) {
                    continue;
                }
                Matcher m = STRING.matcher(line);
                while (m.find()) {
                    if (looksLikeUserText(m.group(1))) {
                        offending.add(file.getFileName() + ":" + (i + 1) + " \"" + m.group(1) + "\"");
                    }
                }
            }
        }
        assertThat(offending)
                .as("literal user text in views; use the message bundles")
                .isEmpty();
    }

    /** Words with a capital or two words separated by a space read as text for people. */
    private static boolean looksLikeUserText(String literal) {
        if (literal.startsWith("#")
                || literal.startsWith("--")
                || literal.contains("=>")
                || literal.matches("[dMyHms .,:/-]+")) {
            return false;
        }
        return literal.matches(".*[A-Za-z]{2,}\\s+[A-Za-z]{2,}.*") || literal.matches("[A-Z][a-z]{2,}.*");
    }

    private static List<Path> javaFiles(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".java")).toList();
        }
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesTest.class.getClassLoader().getResourceAsStream(resource)) {
            properties.load(in);
        }
        return properties;
    }
}
