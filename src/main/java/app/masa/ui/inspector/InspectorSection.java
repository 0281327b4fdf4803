package app.masa.ui.inspector;

import app.masa.edit.Command;
import app.masa.model.JourneyFile;
import app.masa.model.JourneyMap;
import app.masa.ui.session.DocumentSession;
import java.util.Optional;
import javafx.scene.Node;

/** One kind of thing the inspector can show (a card, a stage, the map…), bound to one id in one map. */
abstract class InspectorSection {
    protected final DocumentSession session;
    protected final String mapId;
    protected final FieldBinder fields;
    protected final InspectorForm form;

    InspectorSection(DocumentSession session, String mapId, String headingKey) {
        this.session = session;
        this.mapId = mapId;
        this.fields = new FieldBinder(session);
        this.form = new InspectorForm(headingKey);
    }

    /** False when what this section shows is gone (deleted, undone): the inspector then picks anew. */
    abstract boolean isShowing(JourneyMap map);

    void refresh() {
        fields.refresh();
    }

    Node node() {
        return form.node();
    }

    protected JourneyFile document() {
        return session.document();
    }

    protected JourneyMap map() {
        return document().map(mapId).orElseThrow();
    }

    protected Optional<JourneyMap> currentMap() {
        return document().map(mapId);
    }

    protected void execute(Command command) {
        session.execute(command);
    }
}
