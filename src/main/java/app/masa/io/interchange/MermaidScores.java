package app.masa.io.interchange;

import app.masa.model.EmotionScale;

/**
 * Mermaid's task scores run from 1 to 5; a map's scale has its own levels. The two are laid onto each
 * other linearly, lowest on lowest and highest on highest. On any scale of five levels or more a
 * Mermaid score comes back unchanged after a trip through the map.
 */
final class MermaidScores {
    static final int MIN = 1;
    static final int MAX = 5;

    private MermaidScores() {
    }

    static int toScale(int mermaid, EmotionScale scale) {
        double fraction = (double) (mermaid - MIN) / (MAX - MIN);
        return scale.min() + (int) Math.round(fraction * (scale.levels() - 1));
    }

    static int fromScale(int score, EmotionScale scale) {
        return MIN + (int) Math.round(scale.fraction(score) * (MAX - MIN));
    }
}
