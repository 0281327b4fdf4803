package app.masa.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import app.masa.product.ThirdPartyNotices;
import app.masa.product.ThirdPartyNotices.Component;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** THIRD-PARTY.md, the About dialog's list and the libraries actually bundled stay in step. */
class ThirdPartyNoticesTest {
    private static final Path NOTICES = Path.of("THIRD-PARTY.md");

    /** One class per listed library: the name of the jar it comes from carries the version. */
    private static final Map<String, String> CLASS_OF = Map.of(
            "OpenJFX (JavaFX)", "javafx.application.Platform",
            "AtlantaFX", "atlantafx.base.theme.PrimerLight",
            "Ikonli", "org.kordamp.ikonli.javafx.FontIcon",
            "Jackson", "com.fasterxml.jackson.databind.ObjectMapper",
            "Apache PDFBox, FontBox", "org.apache.pdfbox.pdmodel.PDDocument",
            "Apache Commons Logging", "org.apache.commons.logging.LogFactory",
            "picocli", "picocli.CommandLine");
    private static final Pattern JAR_VERSION = Pattern.compile("-(\\d+(?:\\.\\d+)+)(?:-[a-z]+)?\\.jar$");

    @Test
    void theDocumentAndTheAboutDialogListTheSameWorks() throws IOException {
        List<Component> documented = tableRows(Files.readString(NOTICES));

        assertThat(documented).containsExactlyInAnyOrderElementsOf(ThirdPartyNotices.components());
    }

    @Test
    void listedVersionsAreTheOnesOnTheClassPath() throws ClassNotFoundException {
        Map<String, String> listed = ThirdPartyNotices.components().stream()
                .collect(Collectors.toMap(Component::name, Component::version));
        for (Map.Entry<String, String> entry : CLASS_OF.entrySet()) {
            assertThat(versionOnClassPath(entry.getValue()))
                    .as("version of %s on the class path", entry.getKey())
                    .isEqualTo(listed.get(entry.getKey()));
        }
    }

    @Test
    void theIconFontIsTheListedRelease() {
        String version = ThirdPartyNotices.components().stream()
                .filter(c -> c.name().startsWith("Material Design Icons")).findFirst().orElseThrow().version();
        String font = "/META-INF/resources/materialdesignicons2/" + version + "/fonts/materialdesignicons-webfont.ttf";

        assertThat(ThirdPartyNoticesTest.class.getResource(font)).as(font).isNotNull();
    }

    @Test
    void everyBundledDependencyOfThePomIsListed() throws IOException {
        String notices = Files.readString(NOTICES);
        List<String> bundled = bundledArtifactIds(Files.readString(Path.of("pom.xml")));

        assertThat(bundled).isNotEmpty().allSatisfy(artifact -> assertThat(notices).contains(artifact));
    }

    /** Rows "| name | version | licence | ... |" of every table, minus headers and rules. */
    static List<Component> tableRows(String markdown) {
        return markdown.lines()
                .filter(line -> line.startsWith("| ") && !line.startsWith("| component") && !line.startsWith("| font"))
                .map(line -> line.split("\\|"))
                .map(cells -> new Component(cells[1].strip(), cells[2].strip(), cells[3].strip()))
                .toList();
    }

    /** artifactIds of the pom's dependencies outside the test scope: the ones the jar bundles. */
    static List<String> bundledArtifactIds(String pom) {
        String dependencies = pom.substring(pom.indexOf("<dependencies>"), pom.indexOf("</dependencies>"));
        Matcher dependency = Pattern.compile("<dependency>(.*?)</dependency>", Pattern.DOTALL).matcher(dependencies);
        Pattern artifactId = Pattern.compile("<artifactId>(.*?)</artifactId>");
        List<String> ids = new ArrayList<>();
        while (dependency.find()) {
            String body = dependency.group(1);
            if (!body.contains("<scope>test</scope>")) {
                Matcher id = artifactId.matcher(body);
                if (id.find()) {
                    ids.add(id.group(1));
                }
            }
        }
        return ids;
    }

    private static String versionOnClassPath(String className) throws ClassNotFoundException {
        // Loaded without initialising, so no JavaFX toolkit starts.
        Class<?> type = Class.forName(className, false, ThirdPartyNoticesTest.class.getClassLoader());
        String jar = type.getProtectionDomain().getCodeSource().getLocation().getPath();
        Matcher version = JAR_VERSION.matcher(jar);
        assertThat(version.find()).as("a version in the jar name %s", jar).isTrue();
        return version.group(1);
    }
}
