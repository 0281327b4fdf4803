package app.masa.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Masa opens no network connection of its own accord: no class of the application may use the
 * classes that connect (sockets, URL connections, the HTTP client, TLS) or resolve host names,
 * except in the packages named in {@link #MAY_USE_THE_NETWORK}, each with a decision record that
 * says why and how it is bounded. A static check holds for every path through the code, including
 * ones no test runs; reading resources through {@code Class.getResource} stays allowed, as it only
 * names a file inside the application.
 */
@AnalyzeClasses(packages = "app.masa",
        importOptions = {ImportOption.DoNotIncludeTests.class, DoNotIncludeTestOutput.class})
class NoNetworkTest {
    /** The packages that may listen: the room, only while a session runs (decision 0012). */
    private static final String[] MAY_USE_THE_NETWORK = {"app.masa.room.."};

    @ArchTest
    static final ArchRule no_sockets_or_connections = noClasses()
            .that().resideInAPackage("app.masa..").and().resideOutsideOfPackages(MAY_USE_THE_NETWORK)
            .should().dependOnClassesThat().haveFullyQualifiedName("java.net.Socket")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.ServerSocket")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.DatagramSocket")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.MulticastSocket")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.URLConnection")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.HttpURLConnection")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.InetAddress")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.InetSocketAddress")
            .orShould().dependOnClassesThat().resideInAnyPackage("java.net.http..", "javax.net..", "javafx.scene.web..")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.nio.channels.SocketChannel")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.nio.channels.ServerSocketChannel")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.nio.channels.DatagramChannel")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.nio.channels.AsynchronousSocketChannel")
            .because("Masa works offline on a local file and never talks to the network");

    @ArchTest
    static final ArchRule no_url_is_opened = noClasses()
            .that().resideInAPackage("app.masa..").and().resideOutsideOfPackages(MAY_USE_THE_NETWORK)
            .should().callMethod(java.net.URL.class, "openConnection")
            .orShould().callMethod(java.net.URL.class, "openConnection", java.net.Proxy.class)
            .orShould().callMethod(java.net.URL.class, "openStream")
            .orShould().callMethod(java.net.URL.class, "getContent")
            .because("a URL may point anywhere; resources are read with getResourceAsStream");
}
