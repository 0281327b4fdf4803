package app.masa.room;

import java.util.List;

/**
 * What one participant's phone shows, sent whole after every change: the map's language and
 * direction, the stages and lanes open for cards, the participant's own cards, the vote and the
 * timer. Only what this participant may see: other people's cards and names are not in it.
 */
public record PhoneView(String state, String lang, String dir, String title, String you, List<Place> stages,
                        List<Place> lanes, List<OwnCard> cards, Vote vote, Timer timer, long serverTime) {

    /** A stage or lane; {@code open} when cards may be sent to it. */
    public record Place(String id, String name, boolean open) {
    }

    public record OwnCard(String id, String text, String stage, String lane, String state) {
    }

    /** The vote as this participant sees it: the cards that take part, their own dots on each. */
    public record Vote(boolean open, int left, int perPerson, List<VoteCard> cards) {
    }

    public record VoteCard(String id, String title, String stage, int mine) {
    }

    /** The time box: its length and what is left, in milliseconds, at {@link PhoneView#serverTime}. */
    public record Timer(long totalMs, long remainingMs, boolean running) {
    }
}
