package app.masa.io.pictures;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Prints each drawing of a folder as the picture a template embeds: one line per SVG, its name, a
 * tab, its data URI. {@code scripts/template-pictures/embed.py} runs it and writes the templates.
 */
public final class TemplatePictureTool {
    /** Smaller than a picture someone adds: a template's pictures are illustrations, and ten of them ship. */
    private static final int SIDE = 960;

    private TemplatePictureTool() {
    }

    public static void main(String[] args) throws IOException {
        List<Path> drawings;
        try (Stream<Path> files = Files.list(Path.of(args[0]))) {
            drawings = files.filter(f -> f.toString().endsWith(".svg")).sorted().toList();
        }
        for (Path drawing : drawings) {
            PictureImport.Result result = PictureImport.fromBytes(Files.readAllBytes(drawing),
                    drawing.getFileName().toString(), SIDE);
            if (!result.ok()) {
                throw new IllegalStateException(result.problem());
            }
            String name = drawing.getFileName().toString().replace(".svg", "");
            System.out.println(name + "\t" + result.picture().image());
        }
    }
}
