package app.masa.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import app.masa.model.Card;
import app.masa.model.JourneyMap;
import app.masa.model.TouchpointQuestion;
import org.junit.jupiter.api.Test;

class InsightsTest {

    @Test
    void findsTheGapsLowestMomentsAndRanksOpportunities() throws Exception {
        Insights insights = Insights.of(ReportMaps.funnelWithNumbers("en"));
        // |−2| first; then the two gaps of one level, the disappointment before the delight
        assertThat(insights.largestGaps()).extracting(Card::id)
                .containsExactly("c-sponsored-post", "c-contact-form", "c-checkout");
        // scores −1 and 0; the 1s lie above the neutral middle of −2…+2
        assertThat(insights.lowestMoments()).extracting(Card::id)
                .containsExactly("c-contact-form", "c-sponsored-post");
        // 3 votes, 1 vote, then no votes: awareness falls 2 short, retention not at all
        assertThat(insights.opportunities()).extracting(o -> o.card().id())
                .containsExactly("c-call-back-fast", "c-first-discount", "c-unique-edge", "c-ask-nps");
        assertThat(insights.opportunities().get(2).stageGap()).isEqualTo(2);
        assertThat(insights.painPoints()).hasSize(5);
        assertThat(insights.nps()).extracting(s -> s.id()).containsExactly("awareness");
    }

    @Test
    void listsTheQuestionsAskedOfEachTouchpoint() throws Exception {
        JourneyMap map = ReportMaps.funnelWithNumbers("en");
        Insights insights = Insights.of(map);
        OpenQuestions post = insights.openQuestions().stream()
                .filter(o -> o.card().id().equals("c-sponsored-post")).findFirst().orElseThrow();
        // notes are never a question, and the delivery question is for deliveries only
        assertThat(post.questions()).doesNotContain(TouchpointQuestion.NOTES, TouchpointQuestion.DELIVERY_EXTRAS)
                .contains(TouchpointQuestion.EXPECTATION);
        assertThat(post.questions()).hasSize(post.card().openQuestions());
    }

    @Test
    void attributionOnTheMapGathersTouchpointsIntoTheirChannels() throws Exception {
        MapAttribution attribution = MapAttribution.of(ReportMaps.funnelWithNumbers("en"));
        // channel steps stand for themselves; cards give their own channel
        assertThat(attribution.byChannel().keys()).containsExactly("social", "website", "email");
        assertThat(attribution.byChannel().credit("website", AttributionModel.LAST_CLICK).conversions()).isEqualTo(10);
        assertThat(attribution.byChannel().credit("social", AttributionModel.FIRST_CLICK).conversions()).isEqualTo(10);
        assertThat(attribution.byStep().total().conversions()).isEqualTo(15);
    }

    @Test
    void attributionCreditsOnlyCardsTheMapStillHas() throws Exception {
        JourneyMap map = ReportMaps.funnelWithNumbers("en");
        JourneyMap without = map.withCards(map.cards().stream()
                .filter(c -> !c.id().equals("c-search-result")).toList());

        MapAttribution attribution = MapAttribution.of(without);
        assertThat(attribution.byStep().keys()).containsExactly("c-sponsored-post", "channel:email");
        assertThat(attribution.byStep().credit("c-sponsored-post", AttributionModel.LAST_CLICK).conversions())
                .isEqualTo(10);
    }
}
