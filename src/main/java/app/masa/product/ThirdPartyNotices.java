package app.masa.product;

import java.util.List;

/**
 * The libraries, fonts and runtime that ship inside Masa, with their licences, for the About
 * dialog. THIRD-PARTY.md at the project root holds the same list with the details; a test keeps
 * the two, and the versions on the class path, in step.
 */
public final class ThirdPartyNotices {
    /** One bundled work: what it is, which release, and the licence it is used under. */
    public record Component(String name, String version, String licence) {
    }

    private static final String APACHE = "Apache License 2.0";
    private static final String GPL_CE = "GPL 2.0 with the Classpath Exception";

    private static final List<Component> COMPONENTS = List.of(
            new Component("OpenJDK runtime", "17", GPL_CE),
            new Component("OpenJFX (JavaFX)", "21.0.11", GPL_CE),
            new Component("AtlantaFX", "2.0.1", "MIT License"),
            new Component("Ikonli", "12.3.1", APACHE),
            new Component("Material Design Icons (in Ikonli)", "5.8.55", APACHE),
            new Component("Jackson", "2.18.2", APACHE),
            new Component("Apache PDFBox, FontBox", "3.0.8", APACHE),
            new Component("Liberation Sans (in PDFBox)", "2.1.5", "SIL Open Font License 1.1"),
            new Component("Apache Commons Logging", "1.4.0", APACHE),
            new Component("picocli", "4.7.6", APACHE),
            new Component("Eclipse Jetty", "12.1.14", "Eclipse Public License 2.0 or Apache License 2.0"),
            new Component("SLF4J", "2.0.17", "MIT License"),
            new Component("ZXing", "3.5.3", APACHE),
            new Component("fastexcel", "0.19.0", APACHE),
            new Component("JSVG", "2.0.0", "MIT License"),
            new Component("opczip", "1.2.0", APACHE),
            new Component("Aalto XML", "1.3.3", APACHE),
            new Component("Apache Commons Compress, IO, Lang, Codec", "1.27.1, 2.16.1, 3.16.0, 1.17.1", APACHE),
            new Component("Rubik fonts", "2.300", "SIL Open Font License 1.1"),
            new Component("Frank Ruhl Libre font", "6.004", "SIL Open Font License 1.1"),
            new Component("DejaVu Sans fonts (inside the Rubik and Frank Ruhl Libre files, for other scripts)", "2.37",
                    "Bitstream Vera Fonts License; DejaVu changes in the public domain"));

    private ThirdPartyNotices() {
    }

    public static List<Component> components() {
        return COMPONENTS;
    }
}
