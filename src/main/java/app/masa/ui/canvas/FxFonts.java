package app.masa.ui.canvas;

import app.masa.ui.text.BundledFontFaces;

import app.masa.layout.FontRole;
import app.masa.layout.FontSpec;
import app.masa.layout.Typography;
import java.util.EnumMap;
import java.util.Map;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;

/**
 * The bundled fonts as JavaFX fonts, one per text role at the size the layout measured with,
 * so the canvas draws exactly the lines the layout wrapped.
 */
final class FxFonts {
    private final Typography typography;
    private final Map<FontRole, Font> byRole = new EnumMap<>(FontRole.class);

    FxFonts(Typography typography) {
        BundledFontFaces.register();
        this.typography = typography;
        for (FontRole role : FontRole.values()) {
            byRole.put(role, font(typography.spec(role), 1.0));
        }
    }

    Typography typography() {
        return typography;
    }

    Font font(FontRole role) {
        return byRole.get(role);
    }

    /** The font of a role scaled by the zoom, for an editor laid over the canvas. */
    Font font(FontRole role, double zoom) {
        return font(typography.spec(role), zoom);
    }

    private static Font font(FontSpec spec, double scale) {
        return Font.font(spec.face().family(), spec.bold() ? FontWeight.BOLD : FontWeight.NORMAL, spec.size() * scale);
    }
}
