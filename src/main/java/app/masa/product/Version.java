package app.masa.product;

/** The version written into the jar's manifest at build time ("dev" when run from the classes). */
public final class Version {
    private Version() {
    }

    public static String current() {
        String v = Version.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
