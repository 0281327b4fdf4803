package app.masa.layout;

import app.masa.model.Card;
import app.masa.model.EmotionScale;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the last layout made of each cell. While a card is dragged only one or two cells change; the
 * others keep their measured cards, and their card boxes too (moved down or up when a lane above
 * changed height). Cards are compared by identity: the model is immutable, so an unchanged card is
 * the same object from one version of the map to the next.
 */
final class CellCache {
    private static final int MAX_CELLS = 20_000;

    private record Key(String stageId, String laneId) {
        // Written out: a record's generated equals and hashCode are linked through method handles on first
        // use, some milliseconds each in a cold command line, and this one is used on every export.
        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && k.stageId.equals(stageId) && k.laneId.equals(laneId);
        }

        @Override
        public int hashCode() {
            return stageId.hashCode() * 31 + laneId.hashCode();
        }
    }

    /** The measured cards of a cell, and once placed, their boxes and where the cell was. */
    static final class Entry {
        final List<Card> cards;
        final double width;
        final boolean boxed;
        final boolean storyboard;
        final MapStyle style;
        final Locale locale;
        final List<CardContent> contents;
        /** The vote and threshold each card was measured with: they live on the map, not the card. */
        List<CardContext> contexts = List.of();
        List<CardBox> boxes;
        double x;
        double y;
        boolean rightToLeft;
        EmotionScale scale;

        Entry(List<Card> cards, double width, boolean boxed, boolean storyboard, MapStyle style, Locale locale,
              List<CardContent> contents) {
            this.cards = cards;
            this.width = width;
            this.boxed = boxed;
            this.storyboard = storyboard;
            this.style = style;
            this.locale = locale;
            this.contents = contents;
        }

        boolean measuredFor(List<Card> other, List<CardContext> otherContexts, double w, boolean b, boolean sb,
                            MapStyle s, Locale l) {
            return width == w && boxed == b && storyboard == sb && style == s && locale.equals(l) && sameCards(other)
                    && contexts.equals(otherContexts);
        }

        boolean placedAt(double px, boolean rtl, EmotionScale sc) {
            return boxes != null && x == px && rightToLeft == rtl && (scale == sc || scale.equals(sc));
        }

        private boolean sameCards(List<Card> other) {
            if (other.size() != cards.size()) {
                return false;
            }
            for (int i = 0; i < cards.size(); i++) {
                if (other.get(i) != cards.get(i)) {
                    return false;
                }
            }
            return true;
        }
    }

    private final Map<Key, Entry> entries = new ConcurrentHashMap<>();

    Entry get(String stageId, String laneId) {
        return entries.get(new Key(stageId, laneId));
    }

    void put(String stageId, String laneId, Entry entry) {
        if (entries.size() > MAX_CELLS) {
            entries.clear();
        }
        entries.put(new Key(stageId, laneId), entry);
    }
}
