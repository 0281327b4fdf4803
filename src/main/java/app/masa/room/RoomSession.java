package app.masa.room;

import app.masa.edit.Additions;
import app.masa.edit.Edits;
import app.masa.edit.Refusal;
import app.masa.model.Card;
import app.masa.model.DotVote;
import app.masa.model.JourneyMap;
import app.masa.model.Lane;
import app.masa.model.LaneKind;
import app.masa.model.Stage;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * One workshop session of phones on a map: who joined, the cards they sent and what became of
 * them, which stages and lanes take cards, the vote's dots each person placed, the timer. Safe to
 * use from any thread. It changes the map only through the {@link RoomDocument}, and never while it
 * holds its own lock, so a window that applies commands on its own thread cannot dead-lock with it.
 */
public final class RoomSession {
    private final RoomDocument document;
    private final RoomLimits limits;
    private final Clock clock;
    private final SecureRandom random;
    private final SessionCode code;
    private final List<RoomListener> listeners = new CopyOnWriteArrayList<>();
    private final List<Runnable> watchers = new CopyOnWriteArrayList<>();
    private final RateLimiter cardsPerMinute;
    private final RateLimiter dotsPerMinute;

    private final Map<String, Participant> byToken = new HashMap<>();
    private final Map<String, Participant> byId = new LinkedHashMap<>();
    private final Map<String, IncomingCard> cards = new LinkedHashMap<>();
    private final Map<String, Map<String, Integer>> dotsByParticipant = new HashMap<>();
    private boolean paused;
    private boolean ended;
    private boolean acceptAll;
    private Set<String> openStages = Set.of();
    private Set<String> openLanes = Set.of();
    private RoomTimer timer;
    private long nextId;

    public RoomSession(RoomDocument document, RoomLimits limits, Clock clock, SecureRandom random) {
        this.document = document;
        this.limits = limits;
        this.clock = clock;
        this.random = random;
        this.code = SessionCode.random(random);
        this.cardsPerMinute = new RateLimiter(limits.cardsPerMinute(), RoomLimits.MINUTE, clock);
        this.dotsPerMinute = new RateLimiter(limits.dotsPerMinute(), RoomLimits.MINUTE, clock);
    }

    public RoomSession(RoomDocument document, RoomLimits limits) {
        this(document, limits, Clock.systemUTC(), new SecureRandom());
    }

    public SessionCode code() {
        return code;
    }

    public RoomLimits limits() {
        return limits;
    }

    public void addListener(RoomListener listener) {
        listeners.add(listener);
    }

    /** Runs after anything a phone shows changed (the server pushes fresh views then). */
    public void addWatcher(Runnable watcher) {
        watchers.add(watcher);
    }

    public void removeWatcher(Runnable watcher) {
        watchers.remove(watcher);
    }

    // Joining

    /** A new participant for the right code; the returned token is their key from now on. */
    public String join(String typedCode, String typedName) {
        String name = PlainText.of(typedName);
        if (PlainText.length(name) > limits.maxNameChars()) {
            throw new RoomException(413, "room.error.nameTooLong", limits.maxNameChars());
        }
        String token;
        synchronized (this) {
            requireRunning();
            if (!code.matches(typedCode)) {
                throw new RoomException(403, "room.error.wrongCode");
            }
            if (byId.size() >= limits.maxParticipants()) {
                throw new RoomException(429, "room.error.full", limits.maxParticipants());
            }
            token = newToken();
            Participant participant = new Participant("p" + (++nextId), name, clock.instant());
            byToken.put(token, participant);
            byId.put(participant.id(), participant);
        }
        listeners.forEach(RoomListener::participantsChanged);
        changed();
        return token;
    }

    /**
     * The participant gives (or changes, or clears) the name the facilitator sees, on their cards
     * still waiting too: a scanned code joins at once, and a name may come after.
     */
    public void rename(String token, String typedName) {
        String name = PlainText.of(typedName);
        if (PlainText.length(name) > limits.maxNameChars()) {
            throw new RoomException(413, "room.error.nameTooLong", limits.maxNameChars());
        }
        synchronized (this) {
            requireRunning();
            Participant was = requireParticipant(token);
            Participant now = new Participant(was.id(), name, was.joined());
            byToken.put(token, now);
            byId.put(now.id(), now);
            cards.replaceAll((id, c) -> c.participantId().equals(now.id()) && c.state() == IncomingCard.State.QUEUED
                    ? c.withSender(name) : c);
        }
        listeners.forEach(RoomListener::participantsChanged);
        listeners.forEach(RoomListener::queueChanged);
        changed();
    }

    /** Tells the room a wrong code came from {@code address}; the facilitator sees it. */
    public void wrongCode(String address) {
        listeners.forEach(l -> l.wrongCode(address));
    }

    public synchronized Optional<Participant> participant(String token) {
        return Optional.ofNullable(token == null ? null : byToken.get(token));
    }

    public synchronized List<Participant> participants() {
        return List.copyOf(byId.values());
    }

    /** Removes someone: their token stops working and their waiting cards go. */
    public void remove(String participantId) {
        synchronized (this) {
            byId.remove(participantId);
            byToken.values().removeIf(p -> p.id().equals(participantId));
            cards.replaceAll((id, c) -> c.participantId().equals(participantId) && c.state() == IncomingCard.State.QUEUED
                    ? c.withState(IncomingCard.State.REJECTED) : c);
        }
        listeners.forEach(RoomListener::participantsChanged);
        listeners.forEach(RoomListener::queueChanged);
        changed();
    }

    // Cards

    /** A card from a phone, into the queue (or straight onto the map when every card is accepted). */
    public IncomingCard send(String token, String stageId, String laneId, String typed) {
        String text = PlainText.of(typed);
        if (text.isEmpty()) {
            throw new RoomException(400, "room.error.emptyCard");
        }
        if (PlainText.length(text) > limits.maxCardChars()) {
            throw new RoomException(413, "room.error.cardTooLong", limits.maxCardChars());
        }
        IncomingCard card;
        boolean accept;
        synchronized (this) {
            Participant sender = requireParticipant(token);
            requireRunning();
            if (paused) {
                throw new RoomException(409, "room.error.paused");
            }
            JourneyMap map = document.map();
            if (!takesCards(map, stageId, laneId)) {
                throw new RoomException(409, "room.error.closedPlace");
            }
            long waiting = cards.values().stream().filter(c -> c.state() == IncomingCard.State.QUEUED).count();
            if (waiting >= limits.maxQueued()) {
                throw new RoomException(429, "room.error.busy");
            }
            if (!cardsPerMinute.tryAcquire(sender.id())) {
                throw new RoomException(429, "room.error.tooManyCards", limits.cardsPerMinute());
            }
            card = new IncomingCard("i" + (++nextId), sender.id(), sender.name(), stageId, laneId, text,
                    clock.instant(), IncomingCard.State.QUEUED);
            cards.put(card.id(), card);
            accept = acceptAll;
        }
        listeners.forEach(RoomListener::queueChanged);
        changed();
        if (accept) {
            accept(card.id(), null);
        }
        return card;
    }

    /** The sender takes a card back, while it still waits. */
    public void withdraw(String token, String cardId) {
        synchronized (this) {
            Participant sender = requireParticipant(token);
            IncomingCard card = cards.get(cardId);
            if (card == null || !card.participantId().equals(sender.id())) {
                throw new RoomException(404, "room.error.noSuchCard");
            }
            if (card.state() != IncomingCard.State.QUEUED) {
                throw new RoomException(409, "room.error.alreadyDecided");
            }
            cards.put(cardId, card.withState(IncomingCard.State.WITHDRAWN));
        }
        listeners.forEach(RoomListener::queueChanged);
        changed();
    }

    /** The cards waiting for the facilitator, oldest first. */
    public synchronized List<IncomingCard> queue() {
        return cards.values().stream().filter(c -> c.state() == IncomingCard.State.QUEUED).toList();
    }

    /**
     * Puts a waiting card on the map as an ordinary undoable step, with {@code editedText} when the
     * facilitator changed it (null keeps it). Empty when it went on the map, else why not.
     */
    public Optional<Refusal> accept(String cardId, String editedText) {
        IncomingCard card;
        synchronized (this) {
            card = cards.get(cardId);
            if (card == null || card.state() != IncomingCard.State.QUEUED) {
                return Optional.of(Refusal.of("room.refusal.notWaiting"));
            }
            if (editedText != null) {
                String edited = PlainText.of(editedText);
                if (!edited.isEmpty()) {
                    card = card.withText(edited);
                }
            }
            // Taken out of the queue first, so that two accepts of one card add it once.
            cards.put(cardId, card.withState(IncomingCard.State.ACCEPTED));
        }
        JourneyMap map = document.map();
        Optional<Refusal> refusal = map.stageIndex(card.stageId()) < 0 || map.laneIndex(card.laneId()) < 0
                ? Optional.of(Refusal.of("room.refusal.placeGone"))
                : document.apply(Additions.cardAtEnd(map, card.stageId(), card.laneId(), card.text()).command());
        if (refusal.isPresent()) {
            synchronized (this) {
                cards.put(cardId, card.withState(IncomingCard.State.QUEUED));
            }
        }
        listeners.forEach(RoomListener::queueChanged);
        changed();
        return refusal;
    }

    /** Accepts every waiting card, oldest first; the number that went on the map. */
    public int acceptWaiting() {
        int accepted = 0;
        for (IncomingCard card : queue()) {
            if (accept(card.id(), null).isEmpty()) {
                accepted++;
            }
        }
        return accepted;
    }

    public void reject(String cardId) {
        synchronized (this) {
            IncomingCard card = cards.get(cardId);
            if (card == null || card.state() != IncomingCard.State.QUEUED) {
                return;
            }
            cards.put(cardId, card.withState(IncomingCard.State.REJECTED));
        }
        listeners.forEach(RoomListener::queueChanged);
        changed();
    }

    /** From now on every card goes on the map as it arrives (and the waiting ones now). */
    public void acceptAll(boolean on) {
        synchronized (this) {
            acceptAll = on;
        }
        if (on) {
            acceptWaiting();
        }
    }

    public synchronized boolean acceptsAll() {
        return acceptAll;
    }

    // What takes cards

    public void pause(boolean on) {
        synchronized (this) {
            paused = on;
        }
        changed();
    }

    /** Only these stages and card lanes take cards; an empty set opens them all. */
    public void open(Set<String> stageIds, Set<String> laneIds) {
        synchronized (this) {
            openStages = Set.copyOf(stageIds);
            openLanes = Set.copyOf(laneIds);
        }
        changed();
    }

    public synchronized Set<String> openStages() {
        return openStages;
    }

    public synchronized Set<String> openLanes() {
        return openLanes;
    }

    // The vote

    /** One of this participant's dots on a card ({@code +1}) or taken back ({@code -1}). */
    public Optional<Refusal> dot(String token, String cardId, int change) {
        if (change != 1 && change != -1) {
            throw new RoomException(400, "room.error.badRequest");
        }
        Participant voter;
        DotVote vote;
        JourneyMap map = document.map();
        synchronized (this) {
            voter = requireParticipant(token);
            requireRunning();
            vote = map.vote();
            if (vote == null || !vote.open()) {
                return Optional.of(Refusal.of(vote == null ? "edit.vote.none" : "edit.vote.closed"));
            }
            if (!dotsPerMinute.tryAcquire(voter.id())) {
                throw new RoomException(429, "room.error.tooManyDots", limits.dotsPerMinute());
            }
            Map<String, Integer> mine = dotsByParticipant.getOrDefault(voter.id(), Map.of());
            int given = mine.values().stream().mapToInt(Integer::intValue).sum();
            if (change > 0 && given >= vote.dotsPerParticipant()) {
                return Optional.of(Refusal.of("room.refusal.noDotsLeft", vote.dotsPerParticipant()));
            }
            if (change < 0 && mine.getOrDefault(cardId, 0) == 0) {
                return Optional.of(Refusal.of("room.refusal.noDotHere"));
            }
        }
        Optional<Refusal> refusal = document.apply(change > 0 ? Edits.addDot(map.id(), cardId)
                : Edits.removeDot(map.id(), cardId));
        if (refusal.isEmpty()) {
            synchronized (this) {
                dotsByParticipant.computeIfAbsent(voter.id(), k -> new HashMap<>()).merge(cardId, change, Integer::sum);
            }
            listeners.forEach(RoomListener::dotsChanged);
            changed();
        }
        return refusal;
    }

    // The timer

    public void timer(RoomTimer now) {
        synchronized (this) {
            timer = now;
        }
        changed();
    }

    /** The map changed on the facilitator's side (a vote opened, a stage renamed): phones look again. */
    public void documentChanged() {
        changed();
    }

    // Ending

    public void end() {
        synchronized (this) {
            if (ended) {
                return;
            }
            ended = true;
            byToken.clear();
        }
        changed();
        listeners.forEach(RoomListener::ended);
    }

    public synchronized boolean isEnded() {
        return ended;
    }

    // What a phone shows

    /** What this participant's phone shows now. */
    public PhoneView viewFor(String token) {
        JourneyMap map = document.map();
        synchronized (this) {
            if (ended) {
                return ended(map);
            }
            Participant you = requireParticipant(token);
            List<PhoneView.Place> stages = map.stages().stream()
                    .map(s -> new PhoneView.Place(s.id(), s.name(), openStages.isEmpty() || openStages.contains(s.id())))
                    .toList();
            List<PhoneView.Place> lanes = map.lanes().stream().filter(l -> l.kind() == LaneKind.CARDS)
                    .map(l -> new PhoneView.Place(l.id(), l.title(), openLanes.isEmpty() || openLanes.contains(l.id())))
                    .toList();
            List<PhoneView.OwnCard> own = cards.values().stream().filter(c -> c.participantId().equals(you.id()))
                    .map(c -> new PhoneView.OwnCard(c.id(), c.text(), c.stageId(), c.laneId(),
                            c.state().name().toLowerCase(java.util.Locale.ROOT)))
                    .toList();
            return new PhoneView(paused ? "paused" : "open", language(map), direction(map), map.title(), you.name(),
                    stages, lanes, own, vote(map, you), timerView(), clock.millis());
        }
    }

    private PhoneView ended(JourneyMap map) {
        return new PhoneView("ended", language(map), direction(map), map.title(), "", List.of(), List.of(), List.of(),
                null, null, clock.millis());
    }

    private PhoneView.Vote vote(JourneyMap map, Participant you) {
        DotVote vote = map.standingVote();
        if (vote == null) {
            return null;
        }
        Map<String, Integer> mine = dotsByParticipant.getOrDefault(you.id(), Map.of());
        int given = mine.values().stream().mapToInt(Integer::intValue).sum();
        List<PhoneView.VoteCard> eligible = new ArrayList<>();
        for (Stage stage : map.stages()) {
            for (Card card : map.cards()) {
                if (card.stageId().equals(stage.id()) && vote.isEligible(card.type()) && isCardLane(map, card.laneId())) {
                    eligible.add(new PhoneView.VoteCard(card.id(), card.title(), stage.name(),
                            mine.getOrDefault(card.id(), 0)));
                }
            }
        }
        return new PhoneView.Vote(vote.open(), Math.max(0, vote.dotsPerParticipant() - given),
                vote.dotsPerParticipant(), eligible);
    }

    private static boolean isCardLane(JourneyMap map, String laneId) {
        return map.lanes().stream().anyMatch(l -> l.id().equals(laneId) && l.kind() == LaneKind.CARDS);
    }

    private PhoneView.Timer timerView() {
        if (timer == null) {
            return null;
        }
        Duration left = timer.remainingAt(clock.instant());
        return new PhoneView.Timer(timer.total().toMillis(), left.toMillis(), timer.running());
    }

    private boolean takesCards(JourneyMap map, String stageId, String laneId) {
        boolean stageOk = map.stageIndex(stageId) >= 0 && (openStages.isEmpty() || openStages.contains(stageId));
        boolean laneOk = map.lanes().stream().anyMatch(l -> l.id().equals(laneId) && l.kind() == LaneKind.CARDS)
                && (openLanes.isEmpty() || openLanes.contains(laneId));
        return stageOk && laneOk;
    }

    /** The language of the phone page: the map's. */
    public String viewLanguage() {
        return language(document.map());
    }

    /** The map's language decides the phone page's, as it decides the map's direction. */
    public static String language(JourneyMap map) {
        String lang = map.language() == null || map.language().isBlank() ? "en" : map.language();
        return lang.startsWith("he") || lang.startsWith("iw") ? "he" : "en";
    }

    private static String direction(JourneyMap map) {
        return map.direction().isRightToLeft() ? "rtl" : "ltr";
    }

    private Participant requireParticipant(String token) {
        Participant participant = token == null ? null : byToken.get(token);
        if (participant == null) {
            throw new RoomException(ended ? 410 : 401, ended ? "room.error.ended" : "room.error.notJoined");
        }
        return participant;
    }

    private void requireRunning() {
        if (ended) {
            throw new RoomException(410, "room.error.ended");
        }
    }

    private String newToken() {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private void changed() {
        watchers.forEach(Runnable::run);
    }

    /** The lanes that hold cards (not the emotion curve or the figures): what phones may send to. */
    public static List<Lane> cardLanes(JourneyMap map) {
        return map.lanes().stream().filter(l -> l.kind() == LaneKind.CARDS).toList();
    }
}
