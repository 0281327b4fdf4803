package app.masa.layout;

/** The size, face and line spacing of one {@link FontRole}. */
public record FontSpec(double size, FontFace face, double lineHeight) {
    public boolean bold() {
        return face.bold();
    }
}
