package app.masa.ui.inspector;

import app.masa.i18n.Messages;
import app.masa.model.Card;
import app.masa.model.Connection;
import app.masa.model.JourneyMap;
import app.masa.ui.session.DocumentSession;
import app.masa.edit.Edits;
import javafx.scene.control.Label;

/** The selected arrow: which cards it joins, and its label. */
final class ConnectionSection extends InspectorSection {
    private final String connectionId;
    private final Label ends = new Label();

    ConnectionSection(DocumentSession session, String mapId, String connectionId) {
        super(session, mapId, "inspector.connection");
        this.connectionId = connectionId;
        ends.setWrapText(true);
        ends.getStyleClass().add("panel-hint");
        form.addNode(ends);
        fields.text(form.add("inspector.connection.label", InspectorForm.textField("inspector-connection-label")),
                () -> connection().label(),
                v -> execute(Edits.changeConnection(mapId, connection(), connection().withLabel(v))));
        showEnds();
    }

    @Override
    boolean isShowing(JourneyMap map) {
        return map.connection(connectionId).isPresent();
    }

    @Override
    void refresh() {
        super.refresh();
        showEnds();
    }

    private void showEnds() {
        JourneyMap map = map();
        Connection c = connection();
        ends.setText(Messages.get("inspector.connection.ends",
                map.card(c.fromCardId()).map(Card::title).orElse(""),
                map.card(c.toCardId()).map(Card::title).orElse("")));
    }

    private Connection connection() {
        return map().connection(connectionId).orElseThrow();
    }
}
