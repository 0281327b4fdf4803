package app.masa.room;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.net.URI;
import java.util.Map;

/**
 * The address a phone opens to join, with the session code after the {@code #} (never sent to the
 * server in a request line or kept in its logs), and its QR code as a square of modules.
 */
public record JoinLink(String host, int port, SessionCode code) {

    /** The short address shown beside the QR code, without the code. */
    public String address() {
        return "http://" + hostPart() + ":" + port + "/";
    }

    /** The address with the code: scanning it joins at once. */
    public URI uri() {
        return URI.create(address() + "#" + code);
    }

    /** The QR code's modules, row by row ({@code true} is dark), without the quiet zone. */
    public boolean[][] qrModules() {
        try {
            BitMatrix matrix = new QRCodeWriter().encode(uri().toString(), BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 0));
            boolean[][] modules = new boolean[matrix.getHeight()][matrix.getWidth()];
            for (int y = 0; y < matrix.getHeight(); y++) {
                for (int x = 0; x < matrix.getWidth(); x++) {
                    modules[y][x] = matrix.get(x, y);
                }
            }
            return modules;
        } catch (WriterException e) {
            throw new IllegalStateException("a short address always fits a QR code", e);
        }
    }

    private String hostPart() {
        return host.contains(":") ? "[" + host + "]" : host;
    }
}
