package app.masa.ui.canvas;

import app.masa.i18n.Messages;
import app.masa.model.Card;
import app.masa.model.ConflictKind;
import app.masa.model.JourneyMap;
import app.masa.model.Kebab;
import app.masa.model.MergeConflict;
import java.util.StringJoiner;

/** The lines a card's tooltip adds when a merge left it in conflict: what the other version has. */
final class ConflictTip {
    private ConflictTip() {
    }

    /** The lines, or null when the card has no conflict. */
    static String of(JourneyMap map, Card card) {
        MergeConflict conflict = map.conflict(ConflictKind.CARD, card.id()).orElse(null);
        if (conflict == null) {
            return null;
        }
        Card other = conflict.alternative(Card.class).orElse(null);
        if (other == null) {
            return Messages.get("canvas.tip.conflict.deletes");
        }
        StringJoiner lines = new StringJoiner("\n", Messages.get("canvas.tip.conflict") + "\n", "");
        for (String field : conflict.fields()) {
            lines.add(Messages.get("canvas.tip.conflict.field", field, value(map, other, field)));
        }
        return lines.toString();
    }

    private static String value(JourneyMap map, Card other, String field) {
        return switch (field) {
            case "title" -> quoted(other.title());
            case "body" -> quoted(other.body());
            case "stage" -> quoted(map.stage(other.stageId()).map(s -> s.name()).orElse(other.stageId()));
            case "lane" -> quoted(map.lane(other.laneId()).map(l -> l.title()).orElse(other.laneId()));
            case "order" -> Integer.toString(other.order() + 1);
            case "type" -> Kebab.of(other.type());
            case "channel" -> other.channel() == null ? Messages.get("merge.value.none") : Kebab.of(other.channel());
            case "score" -> other.score() == null ? Messages.get("merge.value.none") : other.score().toString();
            case "tags" -> String.join(", ", other.tags());
            case "color" -> other.color() == null ? Messages.get("merge.value.none") : other.color();
            default -> Messages.get("canvas.tip.conflict.other");
        };
    }

    private static String quoted(String text) {
        String shown = text.length() > 80 ? text.substring(0, 79) + "…" : text;
        return "“" + shown + "”";
    }
}
