package vn.thidua.pledge;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The pledge pages speak Vietnamese and English: both bundles have the same keys, and every key a page names exists. */
class PledgeBundlesTest {

    private static final Path I18N = Path.of("src/main/resources/i18n");
    private static final Path TEMPLATES = Path.of("src/main/resources/templates/pledge");
    private static final Pattern MESSAGE = Pattern.compile("#\\{([A-Za-z0-9_.]+)[}(]");

    static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void vietnameseAndEnglishPledgeBundlesHaveTheSameKeys() throws IOException {
        Properties vi = load(I18N.resolve("pledge.properties"));
        Properties en = load(I18N.resolve("pledge_en.properties"));
        assertThat(new TreeSet<>(en.stringPropertyNames())).as("keys of pledge_en.properties")
                .isEqualTo(new TreeSet<>(vi.stringPropertyNames()));
        assertThat(vi.stringPropertyNames()).allSatisfy(key -> {
            assertThat(vi.getProperty(key)).as("vi " + key).isNotBlank();
            assertThat(en.getProperty(key)).as("en " + key).isNotBlank();
        });
        // Vietnamese with its diacritics (a bundle read in the wrong charset would lose them)
        assertThat(vi.getProperty("pledge.export.title")).isEqualTo("BẢNG TỔNG HỢP ĐĂNG KÝ THI ĐUA");
    }

    @Test
    void everyBundlePairHasTheSameKeys() throws IOException {
        try (Stream<Path> files = Files.list(I18N)) {
            for (Path en : files.filter(f -> f.getFileName().toString().endsWith("_en.properties")).toList()) {
                Path vi = I18N.resolve(en.getFileName().toString().replace("_en.properties", ".properties"));
                assertThat(new TreeSet<>(load(en).stringPropertyNames())).as(en.getFileName().toString())
                        .isEqualTo(new TreeSet<>(load(vi).stringPropertyNames()));
            }
        }
    }

    @Test
    void everyMessageThePledgePagesNameIsInBothLanguages() throws IOException {
        Properties vi = new Properties();
        Properties en = new Properties();
        try (Stream<Path> files = Files.list(I18N)) {
            for (Path file : files.toList()) {
                (file.getFileName().toString().endsWith("_en.properties") ? en : vi).putAll(load(file));
            }
        }
        Set<String> used = new TreeSet<>();
        try (Stream<Path> pages = Files.list(TEMPLATES)) {
            for (Path page : pages.toList()) {
                Matcher m = MESSAGE.matcher(Files.readString(page));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        assertThat(used).isNotEmpty();
        assertThat(used).allSatisfy(key -> {
            assertThat(vi.containsKey(key)).as("Vietnamese message " + key).isTrue();
            assertThat(en.containsKey(key)).as("English message " + key).isTrue();
        });
    }
}
