package vn.thidua.award;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The titles pages speak Vietnamese and English: the same keys in both, and every key they and the rules name exists. */
class AwardBundlesTest {

    private static final Path I18N = Path.of("src/main/resources/i18n");
    private static final Pattern MESSAGE = Pattern.compile("#\\{([A-Za-z0-9_.]+)[}(]");
    private static final Pattern KEY_IN_JAVA = Pattern.compile("\"((?:award|nav)\\.[\\w.]+)\"");

    private static Properties load(String file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(I18N.resolve(file))) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void vietnameseAndEnglishHaveTheSameKeysAndVietnameseItsDiacritics() throws IOException {
        Properties vi = load("award.properties");
        Properties en = load("award_en.properties");
        assertThat(new TreeSet<>(en.stringPropertyNames())).isEqualTo(new TreeSet<>(vi.stringPropertyNames()));
        assertThat(vi.stringPropertyNames()).allSatisfy(key -> {
            assertThat(vi.getProperty(key)).as("vi " + key).isNotBlank();
            assertThat(en.getProperty(key)).as("en " + key).isNotBlank().doesNotContain("''");
        });
        assertThat(vi.getProperty("nav.titles")).isEqualTo("Danh hiệu thi đua");
        assertThat(en.getProperty("nav.titles")).isEqualTo("Titles");
        assertThat(vi.getProperty("award.clause.MEMBER_SHARE.AT_LEAST")).isEqualTo("Ít nhất {0}% thành viên {1}");
    }

    @Test
    void everyMessageTheTitlesPagesAndRulesNameExists() throws IOException {
        Properties vi = new Properties();
        Properties en = new Properties();
        try (Stream<Path> files = Files.list(I18N)) {
            for (Path file : files.toList()) {
                (file.getFileName().toString().endsWith("_en.properties") ? en : vi)
                        .putAll(load(file.getFileName().toString()));
            }
        }
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/templates/award"))) {
            for (Path page : files.toList()) {
                Matcher m = MESSAGE.matcher(Files.readString(page));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/vn/thidua/award"))) {
            for (Path java : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = KEY_IN_JAVA.matcher(Files.readString(java));
                while (m.find()) {
                    if (!m.group(1).endsWith(".")) {
                        used.add(m.group(1));
                    }
                }
            }
        }
        // keys made of a prefix and a value: every value the rules may hold
        for (String rating : List.of("EXCELLENT", "GOOD", "PASS", "FAIL")) {
            used.add("evaluation.classification." + rating);
        }
        for (String suffix : List.of("level.BASE", "level.MINISTRY", "level.NATIONAL", "discipline.REPRIMAND",
                "discipline.WARNING", "discipline.DEMOTION", "discipline.DISMISSAL", "campaignKind.REGULAR",
                "campaignKind.THEMATIC", "kind.TITLE", "kind.COMMENDATION", "rounding.DOWN", "rounding.HALF_UP",
                "rounding.UP", "clause.MEMBER_SHARE.AT_LEAST", "clause.MEMBER_SHARE.MORE_THAN",
                "param.label.percent", "param.label.years", "param.label.times", "param.label.count",
                "param.label.months")) {
            used.add("award." + suffix);
        }
        used.add("campaign.subjectType.BOTH");
        assertThat(used).contains("award.titles.title", "nav.titles", "award.clause.TITLE_EVER");
        assertThat(used).allSatisfy(key -> {
            assertThat(vi.containsKey(key)).as("Vietnamese message " + key).isTrue();
            assertThat(en.containsKey(key)).as("English message " + key).isTrue();
        });
    }
}
