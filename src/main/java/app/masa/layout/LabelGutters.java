package app.masa.layout;

import app.masa.model.Card;
import app.masa.model.Connection;
import app.masa.model.JourneyMap;
import app.masa.model.Stage;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How much wider the gutter after a stage must be for the labels of the arrows that run in it.
 * Cards fill their columns, so a label on an arrow from one stage to the next, or between two cards
 * of one cell, has no free place unless the gutter holds it: the layout widens just the gutters that
 * carry labels, by just what their longest label needs, and every column gives up a little width
 * for them, so the map keeps its width.
 */
final class LabelGutters {
    /** The longest a label is drawn before it is shortened with an ellipsis. */
    static final double MAX_LABEL_WIDTH = 130;
    /** The pill around a label's text, each side. */
    static final double PILL_PADDING = 5;
    /** Free space kept between a label's pill and the cards beside it, each side. */
    static final double CLEARANCE = 4;
    /** The most a column narrows to make room for labels. */
    static final double MOST_NARROWING = 0.05;

    private LabelGutters() {
    }

    /**
     * The extra width after each shown stage.
     *
     * @param gutter the space cards already leave between two columns
     */
    static double[] extra(JourneyMap map, List<Stage> stages, TextWrapper wrapper, double gutter) {
        double[] extra = new double[stages.size()];
        if (map.connections().isEmpty()) {
            return extra;
        }
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < stages.size(); i++) {
            index.put(stages.get(i).id(), i);
        }
        Map<String, Card> cards = new HashMap<>();
        map.cards().forEach(card -> cards.put(card.id(), card));
        for (Connection c : map.connections()) {
            Card fromCard = cards.get(c.fromCardId());
            Card toCard = cards.get(c.toCardId());
            if (c.label().isBlank() || fromCard == null || toCard == null) {
                continue;
            }
            Integer from = index.get(fromCard.stageId());
            Integer to = index.get(toCard.stageId());
            if (from == null || to == null || !(to == from + 1 || inOneCell(fromCard, toCard))) {
                continue;
            }
            double width = wrapper.width(label(c.label(), wrapper), FontRole.SMALL);
            double needed = width + 2 * PILL_PADDING + 2 * CLEARANCE;
            double free = from < stages.size() - 1 ? gutter : gutter / 2;
            extra[from] = Math.max(extra[from], Math.ceil(needed - free));
        }
        return extra;
    }

    /**
     * The share by which every column narrows so that the widened gutters cost the map no width: a
     * map with labels fits the same page and the same projector view as without them. Columns give
     * up at most {@value #MOST_NARROWING} of their width; beyond that the map grows.
     */
    static double narrowing(double[] columnWidths, double[] extra) {
        double columns = 0;
        double gutters = 0;
        for (int i = 0; i < columnWidths.length; i++) {
            columns += columnWidths[i];
            gutters += extra[i];
        }
        return columns == 0 ? 0 : Math.min(MOST_NARROWING, gutters / columns);
    }

    /** Two cards of one cell stand a card gap apart: an arrow between them runs out into the gutter. */
    static boolean inOneCell(Card from, Card to) {
        return from.stageId().equals(to.stageId()) && from.laneId().equals(to.laneId());
    }

    /** The label as drawn: shortened to {@link #MAX_LABEL_WIDTH}. */
    static String label(String label, TextWrapper wrapper) {
        return Ellipsis.fit(label, MAX_LABEL_WIDTH, FontRole.SMALL, wrapper);
    }
}
