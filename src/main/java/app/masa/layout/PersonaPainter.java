package app.masa.layout;

/** Paints a persona header: a soft panel, the photo over an initials placeholder, the text columns. */
final class PersonaPainter {
    private PersonaPainter() {
    }

    static void paint(PersonaBox persona, MapStyle style, Surface surface) {
        Palette p = style.palette();
        Metrics m = style.metrics();
        Rect b = persona.bounds();
        surface.fillRect(b, m.cardRadius(), p.stageHeader());
        surface.strokeRect(b, m.cardRadius(), Stroke.solid(p.grid(), m.lineWidth()));
        Rect photo = persona.photo();
        // The placeholder stays visible when the photo cannot be read or a surface cannot show images.
        surface.fillRect(photo, m.cardRadius(), p.accent(app.masa.model.CardType.TOUCHPOINT).withAlpha(p.dark() ? 90 : 50));
        surface.text(persona.initials(), p.text());
        if (persona.image() != null) {
            surface.image(photo, persona.image());
        }
        for (TextLine h : persona.headings()) {
            surface.text(h, p.text());
        }
        for (TextLine line : persona.lines()) {
            surface.text(line, switch (line.role()) {
                case STAGE_NAME -> p.text();
                case SMALL -> p.textMuted();
                default -> p.textSecondary();
            });
        }
    }
}
