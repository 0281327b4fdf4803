package app.masa.layout;

import app.masa.model.PersonaPhoto;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * The bytes of the images a map embeds (persona photos, card pictures), decoded from base64 once
 * per image: the canvas lays out on every keystroke, and handing every surface the same array lets
 * each keep its decoded picture. An image whose header is unreadable or claims a gigantic size
 * gives null, so nothing ever decodes it; painters then show the placeholder under it.
 */
final class EmbeddedImages {
    private static final Map<String, byte[]> BYTES = new WeakHashMap<>();

    private EmbeddedImages() {
    }

    static byte[] bytes(String dataUri) {
        if (dataUri == null) {
            return null;
        }
        synchronized (BYTES) {
            return BYTES.computeIfAbsent(dataUri,
                    s -> PersonaPhoto.bytes(s).filter(PhotoCheck::isDrawable).orElse(null));
        }
    }
}
