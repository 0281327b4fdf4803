package app.masa.ui.workshop;

import app.masa.i18n.Messages;
import app.masa.room.JoinLink;
import javafx.beans.binding.Bindings;
import javafx.geometry.NodeOrientation;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** The invitation on the projector: the QR code, the short address and the code, and how many joined. */
final class RoomInviteCard extends VBox {
    private static final double QR_SIDE = 260;

    RoomInviteCard(RoomHost host) {
        super(8);
        JoinLink link = host.link().orElseThrow();
        setId("workshop-presentation-room");
        getStyleClass().add("presentation-room");
        setAlignment(Pos.CENTER);
        setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        Label invite = new Label(Messages.get("workshop.room.invite"));
        invite.getStyleClass().add("presentation-room-invite");
        Label address = new Label(link.address());
        address.setNodeOrientation(NodeOrientation.LEFT_TO_RIGHT);
        address.getStyleClass().add("presentation-room-address");
        Label code = new Label(link.code().toString());
        code.setId("workshop-presentation-room-code");
        code.getStyleClass().add("presentation-room-code");
        Label joined = new Label();
        joined.getStyleClass().add("presentation-room-joined");
        joined.textProperty().bind(Bindings.createStringBinding(
                () -> Messages.get("workshop.room.joined", host.people().size()), host.people()));
        getChildren().addAll(invite, new QrCodeView(link.qrModules(), QR_SIDE), address, code, joined);
    }
}
