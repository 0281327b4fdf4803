package app.masa.room;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.masa.edit.Edits;
import app.masa.edit.Refusal;
import app.masa.i18n.InterfaceLanguage;
import app.masa.model.Card;
import app.masa.model.CardType;
import app.masa.model.DotVote;
import app.masa.model.JourneyMap;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

@InterfaceLanguage("en")
class RoomSessionTest {
    private static final String STAGE = "awareness";
    private static final String PAINS = "pain-points";

    private final MemoryRoomDocument document = MemoryRoomDocument.funnel("en");
    private final MutableClock clock = new MutableClock();
    private final RoomSession room = new RoomSession(document, RoomLimits.DEFAULTS, clock, new SecureRandom());

    @Test
    void theCodeIsSixCharactersThatCannotBeMisreadAndMatchesAsPeopleTypeIt() {
        String code = room.code().toString();

        assertThat(code).hasSize(6).matches("[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{6}");
        assertThat(room.code().matches(code.toLowerCase())).isTrue();
        assertThat(room.code().matches(code.substring(0, 3) + "-" + code.substring(3))).isTrue();
        assertThat(room.code().matches(code.substring(1))).isFalse();
        assertThat(room.code().matches(null)).isFalse();
    }

    @Test
    void joiningNeedsTheCodeAndGivesEachPersonTheirOwnToken() {
        assertThatThrownBy(() -> room.join("WRONG1", "Maya"))
                .isInstanceOfSatisfying(RoomException.class, e -> assertThat(e.status()).isEqualTo(403));

        String maya = room.join(room.code().toString(), "Maya");
        String anonymous = room.join(room.code().toString(), "");

        assertThat(maya).isNotEqualTo(anonymous).hasSizeGreaterThanOrEqualTo(32);
        assertThat(room.participant(maya)).get().extracting(Participant::name).isEqualTo("Maya");
        assertThat(room.participant(anonymous)).get().extracting(Participant::name).isEqualTo("");
        assertThat(room.participants()).hasSize(2);
    }

    @Test
    void aFullRoomTurnsTheNextPersonAway() {
        RoomSession small = new RoomSession(document, RoomLimits.DEFAULTS.withMaxParticipants(2), clock, new SecureRandom());
        small.join(small.code().toString(), "a");
        small.join(small.code().toString(), "b");

        assertThatThrownBy(() -> small.join(small.code().toString(), "c"))
                .isInstanceOfSatisfying(RoomException.class, e -> assertThat(e.status()).isEqualTo(429));
    }

    @Test
    void anAcceptedCardIsAnOrdinaryUndoableStepAtTheEndOfItsCell() {
        String maya = room.join(room.code().toString(), "Maya");
        AtomicInteger told = new AtomicInteger();
        room.addListener(new RoomListener() {
            @Override
            public void queueChanged() {
                told.incrementAndGet();
            }
        });

        IncomingCard sent = room.send(maya, STAGE, PAINS, "Could not find the opening hours");
        assertThat(room.queue()).containsExactly(sent);
        assertThat(told).hasValue(1);

        assertThat(room.accept(sent.id(), null)).isEmpty();

        JourneyMap map = document.map();
        Card added = map.cards().stream().filter(c -> c.title().equals("Could not find the opening hours"))
                .findFirst().orElseThrow();
        assertThat(added.stageId()).isEqualTo(STAGE);
        assertThat(added.laneId()).isEqualTo(PAINS);
        assertThat(added.type()).isEqualTo(CardType.PAIN_POINT);
        assertThat(room.queue()).isEmpty();
        assertThat(room.viewFor(maya).cards()).singleElement()
                .extracting(PhoneView.OwnCard::state).isEqualTo("accepted");

        document.document().undo();
        assertThat(document.map().cards()).noneMatch(c -> c.title().equals("Could not find the opening hours"));
    }

    @Test
    void theFacilitatorMayEditACardBeforeAcceptingItOrRejectIt() {
        String maya = room.join(room.code().toString(), "Maya");
        IncomingCard edited = room.send(maya, STAGE, PAINS, "opening hrs??");
        IncomingCard rejected = room.send(maya, STAGE, PAINS, "lunch");

        room.accept(edited.id(), "Opening hours are hard to find");
        room.reject(rejected.id());

        assertThat(document.map().cards()).anyMatch(c -> c.title().equals("Opening hours are hard to find"))
                .noneMatch(c -> c.title().equals("lunch"));
        assertThat(room.accept(rejected.id(), null)).contains(Refusal.of("room.refusal.notWaiting"));
    }

    @Test
    void aSenderMayWithdrawOnlyTheirOwnWaitingCard() {
        String maya = room.join(room.code().toString(), "Maya");
        String dan = room.join(room.code().toString(), "Dan");
        IncomingCard card = room.send(maya, STAGE, PAINS, "Parking is far");

        assertThatThrownBy(() -> room.withdraw(dan, card.id()))
                .isInstanceOfSatisfying(RoomException.class, e -> assertThat(e.status()).isEqualTo(404));
        room.withdraw(maya, card.id());

        assertThat(room.queue()).isEmpty();
        assertThatThrownBy(() -> room.withdraw(maya, card.id()))
                .isInstanceOfSatisfying(RoomException.class, e -> assertThat(e.status()).isEqualTo(409));
    }

    @Test
    void removingSomeoneDropsTheirWaitingCardsAndTheirToken() {
        String maya = room.join(room.code().toString(), "Maya");
        String dan = room.join(room.code().toString(), "Dan");
        room.send(maya, STAGE, PAINS, "one");
        IncomingCard kept = room.send(dan, STAGE, PAINS, "two");

        room.remove(room.participant(maya).orElseThrow().id());

        assertThat(room.queue()).containsExactly(kept);
        assertThatThrownBy(() -> room.viewFor(maya))
                .isInstanceOfSatisfying(RoomException.class, e -> assertThat(e.status()).isEqualTo(401));
    }

    @Test
    void aNameGivenAfterJoiningShowsOnTheCardsStillWaitingAndIsBounded() {
        String scanned = room.join(room.code().toString(), "");
        IncomingCard waiting = room.send(scanned, STAGE, PAINS, "one");
        IncomingCard rejected = room.send(scanned, STAGE, PAINS, "two");
        room.reject(rejected.id());

        room.rename(scanned, "  <b>Maya</b>\u202e ");

        assertThat(room.participant(scanned).orElseThrow().name()).isEqualTo("<b>Maya</b>");
        assertThat(room.queue()).singleElement().satisfies(c -> {
            assertThat(c.id()).isEqualTo(waiting.id());
            assertThat(c.sender()).isEqualTo("<b>Maya</b>");
        });
        assertThat(room.viewFor(scanned).you()).isEqualTo("<b>Maya</b>");
        assertThatThrownBy(() -> room.rename(scanned, "x".repeat(RoomLimits.DEFAULTS.maxNameChars() + 1)))
                .isInstanceOfSatisfying(RoomException.class, e -> assertThat(e.status()).isEqualTo(413));
        assertThatThrownBy(() -> room.rename("forged", "Dan"))
                .isInstanceOfSatisfying(RoomException.class, e -> assertThat(e.status()).isEqualTo(401));
    }

    @Test
    void cardsAreBoundedInLengthAndRateAndGoOnlyWhereTheFacilitatorOpened() {
        String maya = room.join(room.code().toString(), "Maya");

        assertThatThrownBy(() -> room.send(maya, STAGE, PAINS, "x".repeat(10_000)))
                .isInstanceOfSatisfying(RoomException.class, e -> assertThat(e.status()).isEqualTo(413));
        assertThatThrownBy(() -> room.send(maya, STAGE, PAINS, "  \u202E \n "))
                .isInstanceOfSatisfying(RoomException.class, e -> assertThat(e.status()).isEqualTo(400));
        assertThatThrownBy(() -> room.send(maya, STAGE, "emotion", "a curve is not a lane of cards"))
                .isInstanceOfSatisfying(RoomException.class, e -> assertThat(e.status()).isEqualTo(409));

        room.open(Set.of("purchase"), Set.of(PAINS));
        assertThatThrownBy(() -> room.send(maya, STAGE, PAINS, "not this stage"))
                .isInstanceOfSatisfying(RoomException.class, e -> assertThat(e.status()).isEqualTo(409));
        room.open(Set.of(), Set.of());

        for (int i = 0; i < RoomLimits.DEFAULTS.cardsPerMinute(); i++) {
            room.send(maya, STAGE, PAINS, "card " + i);
        }
        assertThatThrownBy(() -> room.send(maya, STAGE, PAINS, "one too many"))
                .isInstanceOfSatisfying(RoomException.class, e -> assertThat(e.status()).isEqualTo(429));
        clock.advanceSeconds(61);
        assertThat(room.send(maya, STAGE, PAINS, "a minute later").state()).isEqualTo(IncomingCard.State.QUEUED);

        room.pause(true);
        assertThatThrownBy(() -> room.send(maya, STAGE, PAINS, "paused"))
                .isInstanceOfSatisfying(RoomException.class, e -> assertThat(e.status()).isEqualTo(409));
        assertThat(room.viewFor(maya).state()).isEqualTo("paused");
    }

    @Test
    void whatAParticipantWritesIsKeptAsPlainCharactersWithoutDirectionOverrides() {
        String maya = room.join(room.code().toString(), "<img src=x onerror=alert(1)>");
        IncomingCard card = room.send(maya, STAGE, PAINS, "<script>alert('x')</script>\u202E  two\n\nlines 🛒");

        assertThat(card.text()).isEqualTo("<script>alert('x')</script> two lines 🛒");
        assertThat(room.participant(maya).orElseThrow().name()).isEqualTo("<img src=x onerror=alert(1)>");
        assertThat(PlainText.length("🛒🛒")).isEqualTo(2);
    }

    @Test
    void phonesVoteWithTheirOwnDotsThroughTheMapsVote() {
        JourneyMap map = document.map();
        document.apply(Edits.setVote(map.id(), null, DotVote.start(2, 10, Set.of())));
        String maya = room.join(room.code().toString(), "Maya");
        String card = map.cards().get(0).id();
        AtomicInteger dotsHeard = new AtomicInteger();
        room.addListener(new RoomListener() {
            @Override
            public void dotsChanged() {
                dotsHeard.incrementAndGet();
            }
        });

        assertThat(room.dot(maya, card, 1)).isEmpty();
        assertThat(room.dot(maya, card, 1)).isEmpty();
        assertThat(room.dot(maya, card, 1)).contains(Refusal.of("room.refusal.noDotsLeft", 2));
        assertThat(document.map().vote().dotsOn(card)).isEqualTo(2);
        assertThat(room.viewFor(maya).vote().left()).isZero();

        assertThat(room.dot(maya, card, -1)).isEmpty();
        assertThat(document.map().vote().dotsOn(card)).isEqualTo(1);

        String dan = room.join(room.code().toString(), "Dan");
        assertThat(room.dot(dan, card, -1)).as("not Dan's dot").contains(Refusal.of("room.refusal.noDotHere"));

        DotVote open = document.map().vote();
        document.apply(Edits.setVote(map.id(), open, open.withOpen(false)));
        assertThat(room.dot(maya, card, 1)).contains(Refusal.of("edit.vote.closed"));
        assertThat(room.viewFor(maya).vote().open()).isFalse();
        assertThat(dotsHeard).as("the facilitator hears each dot placed or taken back, not the refused ones")
                .hasValue(3);
    }

    @Test
    void afterTheEndNothingIsTakenAndPhonesAreToldSo() {
        String maya = room.join(room.code().toString(), "Maya");
        AtomicInteger ended = new AtomicInteger();
        room.addListener(new RoomListener() {
            @Override
            public void ended() {
                ended.incrementAndGet();
            }
        });

        room.end();

        assertThat(ended).hasValue(1);
        assertThat(room.viewFor(maya).state()).isEqualTo("ended");
        assertThatThrownBy(() -> room.send(maya, STAGE, PAINS, "late"))
                .isInstanceOfSatisfying(RoomException.class, e -> assertThat(e.status()).isEqualTo(410));
        assertThatThrownBy(() -> room.join(room.code().toString(), "late"))
                .isInstanceOfSatisfying(RoomException.class, e -> assertThat(e.status()).isEqualTo(410));
    }

    @Test
    void theTimerShowsWhatIsLeftAtEachLook() {
        String maya = room.join(room.code().toString(), "Maya");
        room.timer(new RoomTimer(java.time.Duration.ofMinutes(5), java.time.Duration.ofMinutes(5), true, clock.instant()));

        clock.advanceSeconds(90);

        PhoneView.Timer timer = room.viewFor(maya).timer();
        assertThat(timer.totalMs()).isEqualTo(300_000);
        assertThat(timer.remainingMs()).isEqualTo(210_000);
        assertThat(timer.running()).isTrue();
    }

    @Test
    void aHebrewMapGivesARightToLeftPageInHebrew() {
        RoomSession hebrew = new RoomSession(MemoryRoomDocument.funnel("he"), RoomLimits.DEFAULTS, clock,
                new SecureRandom());
        String token = hebrew.join(hebrew.code().toString(), "מאיה");

        PhoneView view = hebrew.viewFor(token);
        assertThat(view.lang()).isEqualTo("he");
        assertThat(view.dir()).isEqualTo("rtl");
        assertThat(PhonePage.render(java.util.Locale.forLanguageTag("he"))).contains("<html lang=\"he\" dir=\"rtl\">");
    }

    /** A clock the test moves. */
    static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-12-04T18:00:00Z");

        void advanceSeconds(long seconds) {
            now = now.plusSeconds(seconds);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
