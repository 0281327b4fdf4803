package app.masa.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A card's vote dots made large for a room: same row, same reading direction, inside the card. */
class VoteDotsForRoomTest {
    private static final MapStyle STYLE = MapStyle.of(Theme.PROJECTOR);
    private static final Rect CARD = new Rect(100, 200, 260, 120);

    private static VoteDots row(int count, double startX, boolean rtl) {
        double dir = rtl ? -1 : 1;
        List<Point> dots = new java.util.ArrayList<>();
        for (int i = 0; i < Math.min(count, 5); i++) {
            dots.add(new Point(startX + dir * (3.5 + 7 * i), 300));
        }
        return new VoteDots(count, dots, 2.6, new TextLine(Integer.toString(count), FontRole.SMALL, startX, 303, 6,
                false));
    }

    @Test
    void aFewDotsGrowIntoARowFromTheSameStartWithoutTouching() {
        VoteDots big = row(3, 120, false).forRoom(14, CARD, false, STYLE);

        assertThat(big.radius()).isEqualTo(14);
        assertThat(big.dots()).hasSize(3);
        assertThat(big.label()).as("three dots count themselves").isNull();
        assertThat(big.dots().get(0).x() - big.radius()).as("starts where the small row starts")
                .isCloseTo(123.5 - 2.6, within(1e-9));
        for (int i = 1; i < 3; i++) {
            assertThat(big.dots().get(i).x() - big.dots().get(i - 1).x()).isGreaterThan(2 * big.radius());
        }
        VoteDots small = row(3, 120, false);
        assertThat(big.dots()).as("hanging from the top of the small row's pill, clear of the text above")
                .allSatisfy(d -> assertThat(d.y() - big.radius()).isCloseTo(small.top(), within(1e-9)));
    }

    @Test
    void dotsLargerThanTheRoomBelowTheRowHangOverTheCardsLowerEdge() {
        VoteDots huge = row(2, 120, false).forRoom(40, CARD, false, STYLE);
        assertThat(huge.dots()).allSatisfy(d -> assertThat(d.y()).isEqualTo(CARD.maxY()));
    }

    @Test
    void inARightToLeftMapTheRowRunsLeftwardsAndStaysOnTheCard() {
        VoteDots big = row(4, 355, true).forRoom(14, CARD, true, STYLE);

        assertThat(big.dots().get(1).x()).isLessThan(big.dots().get(0).x());
        assertThat(big.dots()).allSatisfy(d -> {
            assertThat(d.x() - big.radius()).isGreaterThanOrEqualTo(CARD.x());
            assertThat(d.x() + big.radius()).isLessThanOrEqualTo(CARD.maxX());
        });
    }

    @Test
    void moreDotsThanTheRowHoldsStandAsOneDotWithTheCountInIt() {
        VoteDots many = row(9, 120, false).forRoom(14, CARD, false, STYLE);
        assertThat(many.dots()).hasSize(1);
        assertThat(many.label().text()).isEqualTo("9");
        Point c = many.dots().get(0);
        assertThat(many.label().x() + many.label().width() / 2).isCloseTo(c.x(), within(1e-9));

        VoteDots tooWide = row(5, 120, false).forRoom(40, CARD, false, STYLE);
        assertThat(tooWide.dots()).as("five dots of 80 do not fit 260").hasSize(1);
        assertThat(tooWide.label().text()).isEqualTo("5");
    }
}
