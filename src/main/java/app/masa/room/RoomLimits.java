package app.masa.room;

import java.time.Duration;

/**
 * How much one room takes from the network before it says no. Every request is untrusted: each
 * of these bounds answers a way a phone (or anything else on the Wi-Fi) could swamp the laptop.
 *
 * @param maxCardChars         the longest card text, in characters
 * @param maxNameChars         the longest display name
 * @param maxBodyBytes         the largest request body read
 * @param cardsPerMinute       cards one participant may send in a minute
 * @param dotsPerMinute        dots one participant may place or take back in a minute
 * @param maxParticipants      people in one session
 * @param maxQueued            cards waiting for the facilitator at once
 * @param wrongCodesPerMinute  wrong session codes one address may try in a minute
 * @param requestsPerSecond    requests of any kind one address may make in a second
 * @param maxStreams           live update streams open at once
 */
public record RoomLimits(int maxCardChars, int maxNameChars, int maxBodyBytes, int cardsPerMinute,
                         int dotsPerMinute, int maxParticipants, int maxQueued, int wrongCodesPerMinute,
                         int requestsPerSecond, int maxStreams) {
    public static final RoomLimits DEFAULTS = new RoomLimits(280, 40, 4096, 10, 60, 200, 1000, 10, 20, 400);
    public static final Duration MINUTE = Duration.ofMinutes(1);

    public RoomLimits {
        if (maxCardChars < 1 || maxNameChars < 1 || maxBodyBytes < 256 || cardsPerMinute < 1 || dotsPerMinute < 1
                || maxParticipants < 1 || maxQueued < 1 || wrongCodesPerMinute < 1 || requestsPerSecond < 1
                || maxStreams < 1) {
            throw new IllegalArgumentException("every room limit is at least 1 (a body at least 256 bytes)");
        }
    }

    public RoomLimits withMaxParticipants(int participants) {
        return new RoomLimits(maxCardChars, maxNameChars, maxBodyBytes, cardsPerMinute, dotsPerMinute, participants,
                maxQueued, wrongCodesPerMinute, requestsPerSecond, maxStreams);
    }

    public RoomLimits withRequestsPerSecond(int perSecond) {
        return new RoomLimits(maxCardChars, maxNameChars, maxBodyBytes, cardsPerMinute, dotsPerMinute,
                maxParticipants, maxQueued, wrongCodesPerMinute, perSecond, maxStreams);
    }
}
