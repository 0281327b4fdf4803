package app.masa.layout;

/**
 * The shaded region between the experience and the expectation curves over one stretch.
 *
 * @param disappointing true where experience falls below expectation (shaded in the negative colour)
 */
public record GapShade(PathShape area, boolean disappointing) {
}
