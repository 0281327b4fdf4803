package app.masa.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import app.masa.product.AppIcons;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every icon file a package or the window asks for exists, at the size its name promises. */
class IconsTest {
    private static final Path ICONS = Path.of("icons");

    @ParameterizedTest
    @ValueSource(ints = {16, 32, 48, 64, 128, 256, 512, 1024})
    void everyPngSizeIsThere(int size) throws IOException {
        BufferedImage image = ImageIO.read(ICONS.resolve("masa-" + size + ".png").toFile());

        assertThat(image.getWidth()).isEqualTo(size);
        assertThat(image.getHeight()).isEqualTo(size);
        assertThat(image.getColorModel().hasAlpha()).as("rounded corners need transparency").isTrue();
    }

    @Test
    void theWindowIconsAreOnTheClassPathAtTheirSizes() throws IOException {
        assertThat(AppIcons.resourcePaths()).isNotEmpty().contains(AppIcons.largest());
        for (String path : AppIcons.resourcePaths()) {
            try (InputStream in = AppIcons.class.getResourceAsStream(path)) {
                assertThat(in).as(path).isNotNull();
                BufferedImage image = ImageIO.read(in);
                int size = Integer.parseInt(path.replaceAll("\\D", ""));
                assertThat(image.getWidth()).as(path).isEqualTo(size);
            }
        }
    }

    @Test
    void theWindowsIconHoldsTheSizesExplorerUses() throws IOException {
        ByteBuffer ico = ByteBuffer.wrap(Files.readAllBytes(ICONS.resolve("masa.ico"))).order(ByteOrder.LITTLE_ENDIAN);
        assertThat(ico.getShort(0)).as("reserved").isZero();
        assertThat(ico.getShort(2)).as("type 1 = icon").isEqualTo((short) 1);
        int count = ico.getShort(4);
        Set<Integer> sizes = new HashSet<>();
        for (int i = 0; i < count; i++) {
            int width = Byte.toUnsignedInt(ico.get(6 + 16 * i));
            sizes.add(width == 0 ? 256 : width);
        }

        assertThat(sizes).contains(16, 32, 48, 256);
    }

    @Test
    void theMacIconIsAnIcnsContainerWithRetinaSizes() throws IOException {
        byte[] bytes = Files.readAllBytes(ICONS.resolve("masa.icns"));
        ByteBuffer icns = ByteBuffer.wrap(bytes);
        assertThat(new String(bytes, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("icns");
        assertThat(icns.getInt(4)).as("declared length").isEqualTo(bytes.length);
        Set<String> types = new HashSet<>();
        for (int at = 8; at < bytes.length; at += icns.getInt(at + 4)) {
            types.add(new String(bytes, at, 4, StandardCharsets.US_ASCII));
        }

        assertThat(types).contains("ic08", "ic09", "ic10"); // 256, 512 and 1024 pixels
    }
}
