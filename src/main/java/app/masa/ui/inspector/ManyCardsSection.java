package app.masa.ui.inspector;

import app.masa.model.JourneyMap;
import app.masa.ui.session.DocumentSession;

/** Several cards selected: says how many and what can be done with them together. */
final class ManyCardsSection extends InspectorSection {
    ManyCardsSection(DocumentSession session, String mapId, String summary) {
        super(session, mapId, "inspector.cards");
        form.addHint(summary);
        form.addHint(app.masa.i18n.Messages.get("inspector.cards.hint"));
    }

    @Override
    boolean isShowing(JourneyMap map) {
        return true;
    }
}
