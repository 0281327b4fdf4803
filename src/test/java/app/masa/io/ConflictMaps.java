package app.masa.io;

import app.masa.model.ConflictKind;
import app.masa.model.JourneyFile;
import app.masa.model.JourneyMap;
import app.masa.model.MergeConflict;
import java.util.List;

/** Maps carrying a merge conflict of every kind, as {@code masa merge} leaves them. */
final class ConflictMaps {
    private ConflictMaps() {
    }

    /** {@link RichMaps#rich()} with one conflict of each kind, deletions among them. */
    static JourneyFile everyKind() {
        JourneyMap map = RichMaps.rich().maps().get(0).withConnections(TestMaps.small().maps().get(0).connections());
        List<MergeConflict> conflicts = List.of(
                new MergeConflict(ConflictKind.MAP, map.id(), List.of("title", "currency"),
                        settingsOf(map.withTitle("Their title").withCurrency("ILS"))),
                new MergeConflict(ConflictKind.PERSONA, "p-1", List.of("name"),
                        map.personas().get(0).withName("Dina")),
                new MergeConflict(ConflictKind.STAGE, map.stages().get(0).id(), List.of("name"), null),
                new MergeConflict(ConflictKind.LANE, map.lanes().get(0).id(), List.of("title"),
                        map.lanes().get(0).withTitle("Their lane")),
                new MergeConflict(ConflictKind.CARD, "c-1", List.of("title", "stage"),
                        map.card("c-1").orElseThrow().withTitle("Their card")
                                .withPlace(map.stages().get(1).id(), map.lanes().get(0).id(), 3)),
                new MergeConflict(ConflictKind.CONNECTION, "k-1", List.of("label"),
                        map.connections().get(0).withLabel("taps")),
                new MergeConflict(ConflictKind.CONVERSION_PATH, "path-1", List.of("conversions"),
                        map.conversionPath("path-1").orElseThrow().withConversions(30)),
                new MergeConflict(ConflictKind.VOTE, MergeConflict.VOTE_ID, List.of("participants"),
                        map.vote().withParticipants(7)));
        return JourneyFile.of(map.withConflicts(conflicts));
    }

    /** The map's own settings, as a conflict about them carries them: no lists, no vote. */
    static JourneyMap settingsOf(JourneyMap map) {
        return map.withPersonas(List.of()).withStages(List.of()).withLanes(List.of()).withCards(List.of())
                .withConnections(List.of()).withConversionPaths(List.of()).withVote(null).withConflicts(List.of());
    }
}
