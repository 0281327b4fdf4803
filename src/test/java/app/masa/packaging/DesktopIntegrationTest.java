package app.masa.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The pieces that make a double-clicked map open in Masa agree with each other on every
 * platform: one MIME type, the map's file name pattern, a launcher that receives the file, and
 * icons that exist.
 */
class DesktopIntegrationTest {
    private static final String MIME_TYPE = "application/x-masa-journey";
    private static final Path LINUX = Path.of("packaging/linux");

    @Test
    void theSharedMimeInfoDefinesMapsByTheirDoubleExtension() throws Exception {
        Document xml = DocumentBuilderFactory.newDefaultNSInstance().newDocumentBuilder()
                .parse(LINUX.resolve("application-x-masa-journey.xml").toFile());
        Element type = (Element) xml.getElementsByTagName("mime-type").item(0);
        Element glob = (Element) type.getElementsByTagName("glob").item(0);
        Element parent = (Element) type.getElementsByTagName("sub-class-of").item(0);

        assertThat(type.getAttribute("type")).isEqualTo(MIME_TYPE);
        assertThat(glob.getAttribute("pattern")).isEqualTo("*.journey.json");
        assertThat(parent.getAttribute("type")).isEqualTo("application/json");
    }

    @Test
    void theDebAssociationUsesTheSameTypeAndPattern() throws IOException {
        Properties linux = properties(LINUX.resolve("journey.properties"));

        assertThat(linux.getProperty("mime-type")).isEqualTo(MIME_TYPE);
        assertThat("*." + linux.getProperty("extension")).isEqualTo("*.journey.json");
    }

    @Test
    void theMenuEntryHandsTheDoubleClickedFileToTheLauncher() throws IOException {
        Map<String, String> entry = desktopEntry(LINUX.resolve("resources/Masa.desktop"));

        assertThat(entry.get("Exec")).endsWith(" %f");
        assertThat(entry.get("MimeType")).contains(MIME_TYPE + ";");
        assertThat(entry).containsEntry("Type", "Application").containsKeys("Name", "Icon", "Name[he]");
    }

    @Test
    void theMenuEntryGroupsTheDesignerWindowUnderItsIcon() throws IOException, ClassNotFoundException {
        // JavaFX names the window's class after the Application subclass; a rename must reach here.
        String windowClass = desktopEntry(LINUX.resolve("resources/Masa.desktop")).get("StartupWMClass");

        assertThat(Class.forName(windowClass, false, getClass().getClassLoader())).isNotNull();
    }

    @Test
    void windowsAndMacOsDeclareTheSameTypeWithTheirOwnIcons() throws IOException {
        for (String platform : List.of("windows", "macos")) {
            Properties association = properties(Path.of("packaging", platform, "journey.properties"));

            assertThat(association.getProperty("mime-type")).as(platform).isEqualTo(MIME_TYPE);
            assertThat(association.getProperty("extension")).as(platform).isEqualTo("json");
            assertThat(Path.of(association.getProperty("icon"))).as(platform).isRegularFile();
        }
    }

    @Test
    void everyFileNamedInTheJpackageOptionsExists() throws IOException {
        List<Path> optionFiles = List.of(Path.of("packaging/linux/app-image.txt"), Path.of("packaging/linux/deb.txt"),
                Path.of("packaging/windows/app.txt"), Path.of("packaging/windows/msi.txt"),
                Path.of("packaging/macos/app.txt"));
        for (Path options : optionFiles) {
            for (String line : Files.readAllLines(options)) {
                String value = line.contains(" ") ? line.substring(line.indexOf(' ') + 1) : "";
                value = value.contains("=") ? value.substring(value.indexOf('=') + 1) : value;
                if (line.startsWith("--icon") || line.startsWith("--file-associations") || line.startsWith("--add-launcher")) {
                    assertThat(Path.of(value)).as("%s: %s", options, line).isRegularFile();
                }
                if (line.startsWith("--resource-dir")) {
                    assertThat(Path.of(value)).as("%s: %s", options, line).isDirectory();
                }
            }
        }
    }

    private static Properties properties(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties;
    }

    /** Keys and values of the [Desktop Entry] group; later duplicates would be a mistake anyway. */
    private static Map<String, String> desktopEntry(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                .filter(line -> line.contains("=") && !line.startsWith("#"))
                .collect(Collectors.toMap(line -> line.substring(0, line.indexOf('=')),
                        line -> line.substring(line.indexOf('=') + 1), (a, b) -> a));
    }
}
