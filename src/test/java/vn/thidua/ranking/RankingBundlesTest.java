package vn.thidua.ranking;

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

/** The ranking pages speak Vietnamese and English: the same keys in both, every key the pages name exists. */
class RankingBundlesTest {

    private static final Path I18N = Path.of("src/main/resources/i18n");
    private static final Pattern LINK_LABEL = Pattern.compile("\"((?:ranking|nav)\\.[\\w.]+)\"");
    private static final Pattern MESSAGE = Pattern.compile("#\\{([A-Za-z0-9_.]+)[}(]");

    private static Properties load(String file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(I18N.resolve(file))) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void vietnameseAndEnglishHaveTheSameKeysAndVietnameseItsDiacritics() throws IOException {
        Properties vi = load("ranking.properties");
        Properties en = load("ranking_en.properties");
        assertThat(new TreeSet<>(en.stringPropertyNames())).isEqualTo(new TreeSet<>(vi.stringPropertyNames()));
        assertThat(vi.stringPropertyNames()).allSatisfy(key -> {
            assertThat(vi.getProperty(key)).as("vi " + key).isNotBlank();
            assertThat(en.getProperty(key)).as("en " + key).isNotBlank().doesNotContain("''");
        });
        assertThat(vi.getProperty("ranking.banner.live")).isEqualTo("Kết quả tạm thời, đang cập nhật");
        assertThat(vi.getProperty("ranking.banner.official")).isEqualTo("Kết quả chính thức, chốt khi kết thúc đợt");
    }

    @Test
    void everyMessageTheRankingPagesNameExists() throws IOException {
        Properties vi = new Properties();
        Properties en = new Properties();
        try (Stream<Path> files = Files.list(I18N)) {
            for (Path file : files.toList()) {
                (file.getFileName().toString().endsWith("_en.properties") ? en : vi)
                        .putAll(load(file.getFileName().toString()));
            }
        }
        Set<String> used = new TreeSet<>(List.of("ranking.dashboard.average", "ranking.report.notScoredPeople",
                "ranking.report.notScoredUnits", "ranking.report.notFinalPeople", "ranking.report.notFinalUnits"));
        List<Path> pages;
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/templates/ranking"))) {
            pages = new java.util.ArrayList<>(files.toList());
        }
        pages.add(Path.of("src/main/resources/templates/campaign/campaign.html"));
        pages.add(Path.of("src/main/resources/templates/layout.html"));
        for (Path page : pages) {
            Matcher m = MESSAGE.matcher(Files.readString(page));
            while (m.find()) {
                used.add(m.group(1));
            }
        }
        // the links the ranking puts in the menu and on the campaign page name their labels in Java
        Matcher m = LINK_LABEL.matcher(Files.readString(Path.of("src/main/java/vn/thidua/ranking/web/RankingNavigation.java")));
        while (m.find()) {
            used.add(m.group(1));
        }
        assertThat(used).contains("ranking.individuals.title", "ranking.nav");
        assertThat(used).allSatisfy(key -> {
            assertThat(vi.containsKey(key)).as("Vietnamese message " + key).isTrue();
            assertThat(en.containsKey(key)).as("English message " + key).isTrue();
        });
    }
}
