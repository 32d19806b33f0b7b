package vn.chungtay.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every text a person reads comes from the bundles (Vietnamese default, English second), as JabRef checks its own:
 * fails on a key used in the code but missing from a bundle, on a key in one language only, and on a bundle key no
 * code uses. A key is "used" when it appears as a string literal in src/main/java (or as %key in an FXML file).
 */
class BundleKeysTest {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final Pattern LITERAL = Pattern.compile("\"([a-z][a-z0-9-]*(?:\\.[a-z0-9-]+)+)\"");
    private static final Pattern FXML_KEY = Pattern.compile("\"%([a-z][a-z0-9-]*(?:\\.[a-z0-9-]+)+)\"");

    @Test
    void bothLanguagesHaveTheSameKeys() {
        assertThat(load("i18n/messages_en.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(load("i18n/messages.properties").stringPropertyNames());
        assertThat(load("i18n/cli_en.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(load("i18n/cli.properties").stringPropertyNames());
    }

    @Test
    void everyKeyUsedInCodeIsInTheBundle() {
        Set<String> keys = load("i18n/messages.properties").stringPropertyNames();
        Set<String> namespaces = new TreeSet<>();
        keys.forEach(k -> namespaces.add(k.substring(0, k.indexOf('.'))));
        Set<String> missing = new TreeSet<>();
        for (String used : usedLiterals()) {
            if (namespaces.contains(used.substring(0, used.indexOf('.'))) && !keys.contains(used)) {
                missing.add(used);
            }
        }
        assertThat(missing).as("keys used in src/main but missing from messages.properties").isEmpty();
    }

    @Test
    void everyBundleKeyIsUsed() {
        Set<String> used = usedLiterals();
        Set<String> unused = new TreeSet<>(load("i18n/messages.properties").stringPropertyNames());
        unused.removeAll(used);
        assertThat(unused).as("keys in messages.properties that no code uses").isEmpty();
    }

    @Test
    void vietnameseTextsAreNfcAndNotEmpty() {
        Properties vi = load("i18n/messages.properties");
        for (String key : vi.stringPropertyNames()) {
            String value = vi.getProperty(key);
            assertThat(value).as(key).isNotBlank();
            assertThat(java.text.Normalizer.isNormalized(value, java.text.Normalizer.Form.NFC)).as(key).isTrue();
        }
    }

    @Test
    void placeholderTextsHaveNoLoneApostrophes() {
        for (String bundle : new String[] {"i18n/messages.properties", "i18n/messages_en.properties"}) {
            Properties texts = load(bundle);
            for (String key : texts.stringPropertyNames()) {
                String value = texts.getProperty(key);
                if (value.contains("{0}")) {
                    assertThat(value.replace("''", "")).as(bundle + " " + key + ": write '' in MessageFormat texts")
                            .doesNotContain("'");
                }
            }
        }
    }

    private static Set<String> usedLiterals() {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Stream.concat(Files.walk(SOURCES), Files.walk(RESOURCES))) {
            files.filter(p -> p.toString().endsWith(".java") || p.toString().endsWith(".fxml")).forEach(p -> {
                String text = read(p);
                Matcher m = (p.toString().endsWith(".java") ? LITERAL : FXML_KEY).matcher(text);
                while (m.find()) {
                    used.add(m.group(1));
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return used;
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Properties load(String resource) {
        Properties properties = new Properties();
        try (InputStream in = BundleKeysTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
