package app.masa.ui.comments;

import app.masa.i18n.DirectionMarks;
import app.masa.i18n.Messages;
import app.masa.model.JourneyMap;
import app.masa.ui.session.Selection;

/** What a comment is about, named for a person: a card by its title, a stage or lane by its name. */
final class CommentTargets {
    private CommentTargets() {
    }

    /** The card, stage or lane selected (one card first), or null when nothing commentable is. */
    static String selected(Selection selection) {
        if (selection.cardIds().size() == 1) {
            return selection.cardIds().iterator().next();
        }
        if (selection.stageIdProperty().get() != null) {
            return selection.stageIdProperty().get();
        }
        return selection.laneIdProperty().get();
    }

    static String name(JourneyMap map, String target) {
        var card = map.card(target);
        if (card.isPresent()) {
            return Messages.get("comments.about.card", title(card.get().title()));
        }
        for (var stage : map.stages()) {
            if (stage.id().equals(target)) {
                return Messages.get("comments.about.stage", title(stage.name()));
            }
        }
        for (var lane : map.lanes()) {
            if (lane.id().equals(target)) {
                return Messages.get("comments.about.lane", title(lane.title()));
            }
        }
        return Messages.get("comments.about.gone");
    }

    /** A title of the user's, short enough for a heading, kept in order inside the interface's sentence. */
    private static String title(String text) {
        String line = text.strip().replaceAll("\\s+", " ");
        return DirectionMarks.quoted(line.length() > 60 ? line.substring(0, 59) + "…" : line, Messages.locale());
    }
}
