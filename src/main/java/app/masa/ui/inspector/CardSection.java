package app.masa.ui.inspector;

import app.masa.i18n.Messages;
import app.masa.model.Card;
import app.masa.model.CardType;
import app.masa.model.Channel;
import app.masa.model.JourneyMap;
import app.masa.ui.analysis.CardMetricsEditor;
import app.masa.ui.pictures.PictureEditor;
import app.masa.ui.session.DocumentSession;
import app.masa.ui.common.CardTypeLook;
import app.masa.edit.Edits;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;
import javafx.scene.control.ComboBox;

/** The selected card: title, text, type, channel, score, colour, tags and its figures. */
final class CardSection extends InspectorSection {
    private final String cardId;
    private final ComboBox<Optional<Integer>> score;
    private final CardMetricsEditor metrics;
    private final TouchpointSection touchpoint;
    private final PictureEditor picture;

    CardSection(DocumentSession session, String mapId, String cardId) {
        super(session, mapId, "inspector.card");
        this.cardId = cardId;
        fields.text(form.add("inspector.card.title", InspectorForm.textField("inspector-card-title")),
                () -> card().title(), v -> change(c -> c.withTitle(v)));
        fields.text(form.add("inspector.card.body", InspectorForm.textArea("inspector-card-body", 4)),
                () -> card().body(), v -> change(c -> c.withBody(v)));
        ComboBox<CardType> type = form.add("inspector.card.type",
                Choices.of("inspector-card-type", List.of(CardType.values()), t -> t == null ? "" : CardTypeLook.name(t)));
        fields.value(type.valueProperty(), () -> card().type(), v -> change(c -> c.withType(v)));

        List<Optional<Channel>> channels = new ArrayList<>();
        channels.add(Optional.empty());
        Arrays.stream(Channel.values()).map(Optional::of).forEach(channels::add);
        ComboBox<Optional<Channel>> channel = form.add("inspector.card.channel",
                Choices.of("inspector-card-channel", channels, CardSection::channelName));
        fields.value(channel.valueProperty(), () -> Optional.ofNullable(card().channel()),
                v -> change(c -> c.withChannel(v == null ? null : v.orElse(null))));

        score = form.add("inspector.card.score", Choices.of("inspector-card-score", List.of(), this::scoreName));
        fillScores();
        fields.value(score.valueProperty(), () -> Optional.ofNullable(card().score()),
                v -> change(c -> c.withScore(v == null ? null : v.orElse(null))));

        ColorField color = form.add("inspector.color", new ColorField("inspector-card-color"));
        fields.value(color.hexProperty(), () -> card().color(), v -> change(c -> c.withColor(v)));

        fields.text(form.add("inspector.card.tags", InspectorForm.textField("inspector-card-tags")),
                () -> Tags.format(card().tags()), v -> change(c -> c.withTags(Tags.parse(v))),
                v -> Tags.format(Tags.parse(v)));
        form.addHint(Messages.get("inspector.card.tagsHint"));
        picture = new PictureEditor(session, mapId, cardId);
        form.addNode(picture.node());
        EvidenceRows.add(form, fields, this::card, this::change);
        if (card().type() == CardType.OPPORTUNITY) {
            OpportunityRows.add(form, fields, this::map, this::card, this::change);
        }

        metrics = new CardMetricsEditor(session, mapId, cardId);
        form.addNode(metrics.node());

        touchpoint = new TouchpointSection(session, mapId, cardId);
        form.addNode(touchpoint.node());
    }

    @Override
    boolean isShowing(JourneyMap map) {
        return map.card(cardId).isPresent();
    }

    @Override
    void refresh() {
        fillScores();
        super.refresh();
        metrics.refresh();
        touchpoint.refresh();
        picture.refresh();
    }

    private void fillScores() {
        ScoreChoices.fill(score, map().scale());
    }

    private String scoreName(Optional<Integer> value) {
        return ScoreChoices.name(value, map().scale());
    }

    private static String channelName(Optional<Channel> value) {
        return value == null || value.isEmpty() ? Messages.get("inspector.card.channel.none")
                : Messages.get("inspector.channel." + value.get().name().toLowerCase(Locale.ROOT));
    }

    private Card card() {
        return map().card(cardId).orElseThrow();
    }

    private void change(UnaryOperator<Card> edit) {
        Card before = card();
        execute(Edits.changeCard(mapId, before, edit.apply(before)));
    }
}
