package app.masa.ui.persona;

import static org.assertj.core.api.Assertions.assertThat;

import app.masa.i18n.Messages;
import app.masa.model.Channel;
import app.masa.model.Persona;
import app.masa.model.PersonaPhoto;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The persona editor: every field, the channels, and a photo embedded small from a file on disk. */
@ExtendWith(ApplicationExtension.class)
class PersonaEditorTest {
    private PersonaEditor editor;

    @TempDir
    Path dir;

    @Start
    void start(javafx.stage.Stage stage) {
        Messages.setLocale(Locale.ENGLISH);
        editor = new PersonaEditor(Persona.of("p-1", "Noa").withGoals(List.of("Fresh food")));
        stage.setScene(new Scene(new StackPane(editor.node()), 480, 900));
        stage.show();
    }

    @Test
    void theFieldsDescribeTheEditedPersona(FxRobot robot) {
        assertThat(robot.lookup("#persona-goals").queryAs(TextArea.class).getText()).isEqualTo("Fresh food");
        robot.interact(() -> {
            robot.lookup("#persona-role").queryAs(TextField.class).setText("Busy parent ");
            robot.lookup("#persona-quote").queryAs(TextArea.class).setText("No Friday market.");
            robot.lookup("#persona-needs").queryAs(TextArea.class).setText("A clear total\n\n- Delivery slots \n");
            robot.lookup("#persona-channel-social").queryAs(CheckBox.class).setSelected(true);
            robot.lookup("#persona-channel-store").queryAs(CheckBox.class).setSelected(true);
        });
        Persona p = editor.result();
        assertThat(p.id()).isEqualTo("p-1");
        assertThat(p.name()).isEqualTo("Noa");
        assertThat(p.role()).isEqualTo("Busy parent");
        assertThat(p.quote()).isEqualTo("No Friday market.");
        assertThat(p.goals()).containsExactly("Fresh food");
        assertThat(p.needs()).containsExactly("A clear total", "Delivery slots");
        assertThat(p.channels()).containsExactly(Channel.STORE, Channel.SOCIAL);
        assertThat(p.photo()).isNull();
    }

    @Test
    void aLargePictureIsEmbeddedAsASmallJpegAndABrokenOneLeavesAPlainMessage(FxRobot robot) throws Exception {
        Path big = dir.resolve("noa.png");
        BufferedImage image = new BufferedImage(1600, 1000, BufferedImage.TYPE_INT_RGB);
        image.setRGB(10, 10, 0xff8800);
        ImageIO.write(image, "png", big.toFile());
        robot.interact(() -> editor.usePhotoFrom(big.toFile()));

        String photo = editor.result().photo();
        assertThat(PersonaPhoto.mediaType(photo)).contains("image/jpeg");
        BufferedImage embedded = ImageIO.read(new ByteArrayInputStream(PersonaPhoto.bytes(photo).orElseThrow()));
        assertThat(embedded.getWidth()).isEqualTo(PhotoImport.MAX_SIDE);
        assertThat(embedded.getHeight()).isEqualTo(320);

        Path broken = dir.resolve("notes.png");
        Files.writeString(broken, "not a picture");
        robot.interact(() -> editor.usePhotoFrom(broken.toFile()));
        assertThat(robot.lookup("#persona-photo-problem").queryAs(Label.class).getText())
                .isEqualTo("\u201cnotes.png\u201d could not be read as a picture. Choose a PNG, JPEG, GIF or BMP file.");
        // The photo chosen before is kept.
        assertThat(editor.result().photo()).isEqualTo(photo);

        robot.interact(() -> robot.lookup("#persona-photo-remove").queryButton().fire());
        assertThat(editor.result().photo()).isNull();
    }
}
