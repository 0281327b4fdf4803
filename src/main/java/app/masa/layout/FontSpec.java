package app.masa.layout;

/** The size, weight and line spacing of one {@link FontRole}. */
public record FontSpec(double size, boolean bold, double lineHeight) {
}
