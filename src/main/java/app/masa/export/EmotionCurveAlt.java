package app.masa.export;

import app.masa.i18n.Messages;
import app.masa.layout.CardBox;
import app.masa.layout.CurveBox;
import app.masa.layout.CurvePoint;
import app.masa.layout.MapLayout;
import app.masa.layout.StageBox;
import app.masa.layout.TextLine;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What a screen reader says instead of showing the emotion curve: the lane's name, then each
 * touchpoint's stage, title and score in reading order ("Awareness: Sees the ad +2; …").
 */
final class EmotionCurveAlt {
    private EmotionCurveAlt() {
    }

    static String of(MapLayout layout, String laneId, Locale locale) {
        String lane = layout.lanes().stream().filter(l -> l.laneId().equals(laneId)).findFirst()
                .map(l -> text(l.titleLines())).orElse("");
        CurveBox curve = layout.curves().stream().filter(c -> c.laneId().equals(laneId)).findFirst().orElse(null);
        if (curve == null || curve.points().isEmpty()) {
            return Messages.get(locale, "export.pdf.curve.empty", lane);
        }
        Map<String, CardBox> cards = layout.cards().stream()
                .collect(Collectors.toMap(CardBox::cardId, Function.identity(), (a, b) -> a));
        Map<String, StageBox> stages = layout.stages().stream()
                .collect(Collectors.toMap(StageBox::stageId, Function.identity(), (a, b) -> a));
        List<CurvePoint> points = new ArrayList<>(curve.points());
        points.sort(Comparator.comparingInt(p -> stageIndex(cards.get(p.cardId()), stages)));
        List<String> said = new ArrayList<>();
        for (CurvePoint point : points) {
            CardBox card = cards.get(point.cardId());
            StageBox stage = card == null ? null : stages.get(card.stageId());
            String stageName = stage == null ? "" : text(stage.nameLines());
            String title = card == null ? "" : text(card.titleLines());
            said.add(title.isEmpty()
                    ? Messages.get(locale, "export.pdf.curve.pointUntitled", stageName, score(point.score()))
                    : Messages.get(locale, "export.pdf.curve.point", stageName, title, score(point.score())));
        }
        return Messages.get(locale, "export.pdf.curve.alt", lane, String.join("; ", said));
    }

    private static int stageIndex(CardBox card, Map<String, StageBox> stages) {
        StageBox stage = card == null ? null : stages.get(card.stageId());
        return stage == null ? Integer.MAX_VALUE : stage.index();
    }

    /** "+2", "−1" with a true minus sign, "0": how a score reads aloud and on the curve's axis. */
    static String score(int score) {
        return score > 0 ? "+" + score : score < 0 ? "\u2212" + -score : "0";
    }

    static String text(List<TextLine> lines) {
        return lines.stream().map(TextLine::text).collect(Collectors.joining(" ")).strip();
    }
}
