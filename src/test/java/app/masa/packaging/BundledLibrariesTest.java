package app.masa.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import app.masa.arch.DoNotIncludeTestOutput;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every library the jar bundles is one Masa's own code uses: a dependency nobody imports only adds
 * to the download and to the licences people read (docs/decisions/0001-libraries.md).
 */
class BundledLibrariesTest {
    /** The package each bundled artifact brings; a new dependency gets its line here. */
    private static final Map<String, String> PACKAGE_OF = Map.ofEntries(
            Map.entry("javafx-controls", "javafx.scene.control"),
            Map.entry("atlantafx-base", "atlantafx.base"),
            Map.entry("ikonli-javafx", "org.kordamp.ikonli.javafx"),
            Map.entry("ikonli-materialdesign2-pack", "org.kordamp.ikonli.materialdesign2"),
            Map.entry("jackson-databind", "com.fasterxml.jackson.databind"),
            Map.entry("jackson-dataformat-csv", "com.fasterxml.jackson.dataformat.csv"),
            Map.entry("jsvg", "com.github.weisj.jsvg"),
            Map.entry("fastexcel", "org.dhatim.fastexcel"),
            Map.entry("fastexcel-reader", "org.dhatim.fastexcel.reader"),
            Map.entry("pdfbox", "org.apache.pdfbox"),
            Map.entry("picocli", "picocli"),
            Map.entry("jetty-server", "org.eclipse.jetty.server"),
            Map.entry("core", "com.google.zxing"));

    /**
     * Bundled for what they do at run time, found by the library that needs them, never imported:
     * slf4j-jdk14 hands Jetty's log lines to java.util.logging, where Masa's own go.
     */
    private static final Map<String, String> RUNTIME_ONLY = Map.of("slf4j-jdk14", "org.slf4j.jul");

    private static final JavaClasses MASA = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(new DoNotIncludeTestOutput())
            .importPackages("app.masa");

    @Test
    void everyBundledDependencyIsUsedByMasasOwnCode() throws IOException {
        List<String> bundled = ThirdPartyNoticesTest.bundledArtifactIds(Files.readString(Path.of("pom.xml")));

        assertThat(bundled).isNotEmpty().allSatisfy(artifact -> {
            if (RUNTIME_ONLY.containsKey(artifact)) {
                assertThat(Thread.currentThread().getContextClassLoader()
                        .getResource(RUNTIME_ONLY.get(artifact).replace('.', '/'))).as(artifact).isNotNull();
                return;
            }
            assertThat(PACKAGE_OF).as("the package that %s brings", artifact).containsKey(artifact);
            assertThat(usesPackage(PACKAGE_OF.get(artifact)))
                    .as("a class of Masa that uses %s (%s)", artifact, PACKAGE_OF.get(artifact)).isTrue();
        });
    }

    @Test
    void aPackageNobodyUsesIsSeen() {
        assertThat(usesPackage("org.controlsfx")).isFalse();
        assertThat(usesPackage("picocli")).isTrue();
    }

    private static boolean usesPackage(String name) {
        return MASA.stream().anyMatch(type -> type.getDirectDependenciesFromSelf().stream()
                .map(dependency -> dependency.getTargetClass().getPackageName())
                .anyMatch(target -> target.equals(name) || target.startsWith(name + ".")));
    }
}
