package app.masa.layout;

import java.util.regex.Pattern;

/** A colour with alpha, each channel 0–255. */
public record Rgba(int r, int g, int b, int a) {
    public static final Rgba WHITE = new Rgba(255, 255, 255, 255);
    public static final Rgba BLACK = new Rgba(0, 0, 0, 255);
    public static final Rgba TRANSPARENT = new Rgba(0, 0, 0, 0);
    private static final Pattern HEX = Pattern.compile("#?[0-9a-fA-F]{6}([0-9a-fA-F]{2})?");

    // Written out: a record's generated equals and hashCode are linked through method handles on first
    // use, some milliseconds each in a cold command line, and this one is used on every export.
    @Override
    public boolean equals(Object other) {
        return other instanceof Rgba c && c.r == r && c.g == g && c.b == b && c.a == a;
    }

    @Override
    public int hashCode() {
        return ((r * 31 + g) * 31 + b) * 31 + a;
    }

    /** Parses "#RRGGBB" or "#RRGGBBAA". */
    public static Rgba hex(String hex) {
        String h = hex.startsWith("#") ? hex.substring(1) : hex;
        if (h.length() != 6 && h.length() != 8) {
            throw new IllegalArgumentException("not a colour: " + hex);
        }
        int r = Integer.parseInt(h.substring(0, 2), 16);
        int g = Integer.parseInt(h.substring(2, 4), 16);
        int b = Integer.parseInt(h.substring(4, 6), 16);
        int a = h.length() == 8 ? Integer.parseInt(h.substring(6, 8), 16) : 255;
        return new Rgba(r, g, b, a);
    }

    public static boolean isHex(String s) {
        return s != null && HEX.matcher(s).matches();
    }

    public Rgba withAlpha(int alpha) {
        return new Rgba(r, g, b, alpha);
    }

    public double opacity() {
        return a / 255.0;
    }

    /** "#rrggbb", without alpha. */
    public String toHex() {
        return String.format("#%02x%02x%02x", r, g, b);
    }

    /** Mixes this colour with another: 0 is this one, 1 the other. */
    public Rgba mix(Rgba other, double t) {
        return new Rgba(
                (int) Math.round(r + (other.r - r) * t),
                (int) Math.round(g + (other.g - g) * t),
                (int) Math.round(b + (other.b - b) * t),
                (int) Math.round(a + (other.a - a) * t));
    }
}
