package app.masa.layout;

/** How a line is drawn. An empty dash array draws a solid line. */
public record Stroke(Rgba color, double width, double[] dashes) {
    public static Stroke solid(Rgba color, double width) {
        return new Stroke(color, width, new double[0]);
    }

    public boolean dashed() {
        return dashes.length > 0;
    }
}
