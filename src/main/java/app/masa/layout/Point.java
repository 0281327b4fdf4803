package app.masa.layout;

public record Point(double x, double y) {
}
