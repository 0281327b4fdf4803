package app.masa.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class PhotoCheckTest {

    @Test
    void aSmallPictureIsDrawable() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB), "png", out);
        assertThat(PhotoCheck.isDrawable(out.toByteArray())).isTrue();
    }

    @Test
    void aHeaderClaimingAGiganticPictureIsRefusedWithoutDecodingIt() {
        assertThat(PhotoCheck.isDrawable(pngHeader(50_000, 50_000))).isFalse();
    }

    @Test
    void bytesThatAreNoPictureAreRefused() {
        assertThat(PhotoCheck.isDrawable("not a picture".getBytes())).isFalse();
        assertThat(PhotoCheck.isDrawable(new byte[0])).isFalse();
        assertThat(PhotoCheck.isDrawable(null)).isFalse();
    }

    /** A PNG signature and an IHDR chunk, nothing more: all a reader needs to learn the size. */
    private static byte[] pngHeader(int width, int height) {
        ByteBuffer ihdr = ByteBuffer.allocate(17);
        ihdr.put("IHDR".getBytes()).putInt(width).putInt(height).put((byte) 8).put((byte) 2)
                .put((byte) 0).put((byte) 0).put((byte) 0);
        CRC32 crc = new CRC32();
        crc.update(ihdr.array());
        ByteBuffer png = ByteBuffer.allocate(8 + 4 + 17 + 4);
        png.put(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        png.putInt(13).put(ihdr.array()).putInt((int) crc.getValue());
        return png.array();
    }
}
