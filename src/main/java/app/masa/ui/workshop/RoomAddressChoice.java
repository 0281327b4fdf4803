package app.masa.ui.workshop;

import app.masa.i18n.Messages;
import app.masa.room.RoomAddresses;
import app.masa.ui.dialog.Dialogs;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.ChoiceDialog;
import javafx.stage.Window;

/**
 * Which of the laptop's networks the room listens on: asked only when there are several (Wi-Fi and
 * a cable, or a hotspot beside them); with one, that one; with none, this computer alone. The
 * system property {@code masa.room.host} decides instead, for a fixed setup and for tests.
 */
final class RoomAddressChoice {
    static final String HOST_PROPERTY = "masa.room.host";

    private RoomAddressChoice() {
    }

    static Optional<String> ask(Window owner) {
        String fixed = System.getProperty(HOST_PROPERTY);
        if (fixed != null && !fixed.isBlank()) {
            return Optional.of(fixed.strip());
        }
        List<RoomAddresses.Choice> choices = RoomAddresses.available();
        List<RoomAddresses.Choice> networks = choices.stream()
                .filter(c -> !RoomAddresses.LOOPBACK.equals(c.address())).toList();
        if (networks.size() <= 1) {
            return Optional.of((networks.isEmpty() ? choices : networks).get(0).address());
        }
        List<String> shown = choices.stream().map(RoomAddressChoice::describe).toList();
        ChoiceDialog<String> dialog = new ChoiceDialog<>(shown.get(0), shown);
        dialog.setTitle(Messages.get("workshop.room.network.title"));
        dialog.setHeaderText(Messages.get("workshop.room.network.header"));
        dialog.setContentText(Messages.get("workshop.room.network.label"));
        Dialogs.prepare(dialog, owner, "room-network");
        return dialog.showAndWait().map(picked -> choices.get(shown.indexOf(picked)).address());
    }

    private static String describe(RoomAddresses.Choice choice) {
        return RoomAddresses.LOOPBACK.equals(choice.address())
                ? Messages.get("workshop.room.network.thisComputer", choice.address())
                : Messages.get("workshop.room.network.choice", choice.address(), choice.interfaceName());
    }
}
