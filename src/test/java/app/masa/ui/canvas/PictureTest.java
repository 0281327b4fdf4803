package app.masa.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import app.masa.layout.Rect;
import org.junit.jupiter.api.Test;

/** A picture shown at another scale: nearest pixels, in their place, background beyond it. */
class PictureTest {
    private static final int BACKGROUND = 0xff000000;
    /** 2 by 2 pixels at scale 1, its first pixel at (10, 20) in the whole picture. */
    private final Picture picture = new Picture(null, 1, 10, 20, 2, 2, new int[] {1, 2, 3, 4});

    @Test
    void atItsOwnScaleItIsCopiedPixelForPixel() {
        int[] out = new int[4];
        picture.resample(1, 10, 20, 2, 2, BACKGROUND, out);
        assertThat(out).containsExactly(1, 2, 3, 4);
    }

    @Test
    void atTwiceItsScaleEachPixelBecomesFour() {
        int[] out = new int[16];
        picture.resample(2, 20, 40, 4, 4, BACKGROUND, out);
        assertThat(out).containsExactly(
                1, 1, 2, 2,
                1, 1, 2, 2,
                3, 3, 4, 4,
                3, 3, 4, 4);
    }

    @Test
    void whereItDoesNotReachTheBackgroundShows() {
        int[] out = new int[9];
        picture.resample(1, 9, 19, 3, 3, BACKGROUND, out);
        assertThat(out).containsExactly(
                BACKGROUND, BACKGROUND, BACKGROUND,
                BACKGROUND, 1, 2,
                BACKGROUND, 3, 4);
    }

    @Test
    void itCoversOnlyTheMapItHolds() {
        assertThat(picture.covers(new Rect(10, 20, 2, 2))).isTrue();
        assertThat(picture.covers(new Rect(10, 20, 2.5, 2))).isFalse();
        assertThat(picture.covers(new Rect(9.5, 20, 1, 1))).isFalse();
    }
}
