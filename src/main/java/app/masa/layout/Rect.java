package app.masa.layout;

/** An axis-aligned rectangle in layout units (1 unit = 1 screen pixel at 100 % zoom = 1 PDF point). */
public record Rect(double x, double y, double width, double height) {
    public double maxX() { return x + width; }
    public double maxY() { return y + height; }
    public double centerX() { return x + width / 2; }
    public double centerY() { return y + height / 2; }

    public boolean contains(double px, double py) {
        return px >= x && px < x + width && py >= y && py < y + height;
    }

    public boolean intersects(Rect o) {
        return o.x < maxX() && o.maxX() > x && o.y < maxY() && o.maxY() > y;
    }
}
