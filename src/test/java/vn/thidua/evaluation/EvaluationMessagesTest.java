package vn.thidua.evaluation;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The evaluation pages speak Vietnamese and English: the same keys in both bundles, none missing. */
class EvaluationMessagesTest {

    private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([a-zA-Z][\\w.]*)[}(]");
    private static final Pattern JAVA_KEY = Pattern.compile("\"((?:evaluation|evidence)\\.[\\w.]*\\w)\"");

    @Test
    void vietnameseAndEnglishHaveTheSameKeys() throws IOException {
        Set<String> vi = load("i18n/evaluation.properties").stringPropertyNames();
        Set<String> en = load("i18n/evaluation_en.properties").stringPropertyNames();
        assertThat(new TreeSet<>(en)).as("English keys").isEqualTo(new TreeSet<>(vi));
        assertThat(vi).isNotEmpty();
    }

    @Test
    void everyKeyThePagesAndTheCodeNameExistsInBothLanguages() throws IOException {
        Set<String> vi = new HashSet<>();
        Set<String> en = new HashSet<>();
        try (Stream<Path> bundles = Files.list(Path.of("src/main/resources/i18n"))) {
            for (Path bundle : bundles.toList()) {
                String name = bundle.getFileName().toString();
                (name.endsWith("_en.properties") ? en : vi).addAll(load("i18n/" + name).stringPropertyNames());
            }
        }
        Set<String> used = new TreeSet<>();
        collect(Path.of("src/main/resources/templates/evaluation"), TEMPLATE_KEY, used);
        collect(Path.of("src/main/java/vn/thidua/evaluation"), JAVA_KEY, used);
        assertThat(used).isNotEmpty();
        assertThat(used.stream().filter(key -> !vi.contains(key)).toList()).as("missing in Vietnamese").isEmpty();
        assertThat(used.stream().filter(key -> !en.contains(key)).toList()).as("missing in English").isEmpty();
    }

    private static void collect(Path folder, Pattern pattern, Set<String> into) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Matcher matcher = pattern.matcher(Files.readString(file));
                while (matcher.find()) {
                    into.add(matcher.group(1));
                }
            }
        }
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = EvaluationMessagesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
