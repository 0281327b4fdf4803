package app.masa.edit;

import app.masa.model.Brand;
import app.masa.model.Card;
import app.masa.model.ConflictKind;
import app.masa.model.Connection;
import app.masa.model.ConversionPath;
import app.masa.model.DotVote;
import app.masa.model.EmotionScale;
import app.masa.model.JourneyMap;
import app.masa.model.Lane;
import app.masa.model.Persona;
import app.masa.model.Picture;
import app.masa.model.Stage;
import java.util.Collection;
import java.util.List;

/**
 * Every change the designer can make to a document, as a {@link Command} for the {@link History}.
 * Commands name things by id and look them up when applied, so a command made from a slightly old
 * view still lands on the current document.
 *
 * <p>A card {@code index} is a slot among the cell's cards as they are shown before the edit
 * (0 before the first card, the cell's size after the last), which is what a drop indicator
 * points at; it is clamped to the cell. Cards in every cell an edit touches are numbered 0, 1, 2…
 * afterwards.
 */
public final class Edits {
    private Edits() {
    }

    // Cards

    /** A new card at {@code card.order()} in its cell; the cards from there on move down one. */
    public static Command addCard(String mapId, Card card) {
        return InsertCards.add(mapId, card);
    }

    /** Moves cards to a slot of a cell, or reorders them inside it, keeping their order in the journey. */
    public static Command moveCards(String mapId, List<String> cardIds, String stageId, String laneId, int index) {
        return new MoveCards(mapId, cardIds, stageId, laneId, index);
    }

    /** Copies of the cards, with new ids, at a slot of a cell (also Ctrl-drag). */
    public static Command duplicateCards(String mapId, List<String> cardIds, String stageId, String laneId, int index) {
        return InsertCards.duplicate(mapId, cardIds, stageId, laneId, index);
    }

    /** Cards from the clipboard, with new ids, placed in order at a slot of a cell; scores are kept on the map's scale. */
    public static Command pasteCards(String mapId, List<Card> cards, String stageId, String laneId, int index) {
        return InsertCards.paste(mapId, cards, stageId, laneId, index);
    }

    /** Deletes cards and every connection to or from them. */
    public static Command deleteCards(String mapId, Collection<String> cardIds) {
        return new DeleteCards(mapId, cardIds);
    }

    /**
     * Gives a card the content of {@code after} (title, text, type, channel, score, tags, colour);
     * its place is kept, as cards move with {@link #moveCards}. Merges with the next change of the
     * same field of the same card.
     */
    public static Command changeCard(String mapId, Card before, Card after) {
        return ChangeCard.of(mapId, before, after);
    }

    /** Sets or clears (null) a card's emotion score; a drag of a curve point merges into one step. */
    public static Command setCardScore(String mapId, String cardId, Integer score) {
        return ChangeCard.score(mapId, cardId, score);
    }

    /**
     * Gives a card a picture, moves its focus point, or removes it (null). Moving the focus merges
     * into one step while the pointer drags.
     */
    public static Command setCardPicture(String mapId, String cardId, Picture picture) {
        return ChangeCard.picture(mapId, cardId, picture);
    }

    // Stages

    public static Command addStage(String mapId, Stage stage, int index) {
        return new AddElement<>(Part.STAGES, mapId, stage, index, (map, s) -> { });
    }

    /** Name, description, colour or width; a border drag (width) or typing merges into one step. */
    public static Command changeStage(String mapId, Stage before, Stage after) {
        return new ChangeElement<>(Part.STAGES, mapId, before, after);
    }

    public static Command moveStage(String mapId, String stageId, int newIndex) {
        return new MoveElement<>(Part.STAGES, mapId, stageId, newIndex);
    }

    /** Deletes the stage with its cards and their connections, as one step. */
    public static Command deleteStage(String mapId, String stageId) {
        return DeleteWithCards.stage(mapId, stageId);
    }

    // Lanes

    public static Command addLane(String mapId, Lane lane, int index) {
        return new AddElement<>(Part.LANES, mapId, lane, index, (map, l) -> { });
    }

    /** Title, kind, height, colour or collapsed; a border drag (height) or typing merges into one step. */
    public static Command changeLane(String mapId, Lane before, Lane after) {
        return new ChangeElement<>(Part.LANES, mapId, before, after);
    }

    public static Command moveLane(String mapId, String laneId, int newIndex) {
        return new MoveElement<>(Part.LANES, mapId, laneId, newIndex);
    }

    /** Deletes the lane with its cards and their connections, as one step. */
    public static Command deleteLane(String mapId, String laneId) {
        return DeleteWithCards.lane(mapId, laneId);
    }

    // Connections

    /** An arrow between two cards of the map (refused when either card is missing). */
    public static Command addConnection(String mapId, Connection connection) {
        return new AddElement<>(Part.CONNECTIONS, mapId, connection, Integer.MAX_VALUE, Edits::requireEnds);
    }

    public static Command changeConnection(String mapId, Connection before, Connection after) {
        return new ChangeElement<>(Part.CONNECTIONS, mapId, before, after);
    }

    public static Command deleteConnections(String mapId, Collection<String> connectionIds) {
        return new DeleteElements<>(Part.CONNECTIONS, mapId, connectionIds);
    }

    // The map itself and the file's maps

    /**
     * The map's own settings: title, scenario, language, direction, scale (not its lists). Typing
     * in one field merges into one step; a scale with fewer levels clamps the scores it no longer holds.
     */
    public static Command changeMap(JourneyMap before, JourneyMap after) {
        return ChangeMap.of(before, after);
    }

    public static Command renameMap(JourneyMap before, String newTitle) {
        return ChangeMap.of(before, before.withTitle(newTitle));
    }

    /** A new emotion scale; scores outside it move to its nearest level, in the same step. */
    public static Command setScale(String mapId, EmotionScale scale) {
        return ChangeMap.scale(mapId, scale);
    }

    public static Command addMap(JourneyMap map, int index) {
        return ChangeMaps.add(map, index);
    }

    /** A copy of the map for another audience, with a new map id, right after the original. */
    public static Command duplicateMap(String mapId, String newTitle) {
        return ChangeMaps.duplicate(mapId, newTitle);
    }

    /** Deletes a map; refuses to delete a file's only map. */
    public static Command deleteMap(String mapId) {
        return ChangeMaps.delete(mapId);
    }

    public static Command moveMap(String mapId, int newIndex) {
        return ChangeMaps.move(mapId, newIndex);
    }

    // Personas

    public static Command addPersona(String mapId, Persona persona) {
        return new AddElement<>(Part.PERSONAS, mapId, persona, Integer.MAX_VALUE, (map, p) -> { });
    }

    public static Command changePersona(String mapId, Persona before, Persona after) {
        return new ChangeElement<>(Part.PERSONAS, mapId, before, after);
    }

    public static Command deletePersona(String mapId, String personaId) {
        return new DeleteElements<>(Part.PERSONAS, mapId, List.of(personaId));
    }

    // Another version of the map

    /**
     * Takes records from another version of the same map, keeping their ids, as one undo step;
     * what they need (a card's stage, an arrow's cards) comes along. See {@link TakeVersion}.
     */
    public static Command takeVersion(String mapId, JourneyMap theirs, Collection<Take> takes) {
        return new TakeVersion(mapId, theirs, takes);
    }

    /** Several commands as one undo step under one label. */
    /** The file's brand replaced; {@code labelKey} names the change in Undo ("Change brand colours"). */
    public static Command changeBrand(Brand after, String labelKey) {
        return new ChangeBrand(after, labelKey);
    }

    public static Command compound(String label, List<Command> commands) {
        return new CompoundCommand(label, commands);
    }

    private static void requireEnds(JourneyMap map, Connection connection) {
        for (String cardId : List.of(connection.fromCardId(), connection.toCardId())) {
            if (Part.CARDS.indexOf(map, cardId) < 0) {
                throw new IllegalArgumentException("map " + map.id() + " has no card with id " + cardId);
            }
        }
    }

    // Merge conflicts

    /** Settles a merge conflict on a thing by keeping the version the map holds; refused when there is none. */
    public static Command keepCurrentVersion(String mapId, ConflictKind kind, String id) {
        return ResolveConflict.keep(mapId, kind, id);
    }

    /**
     * Settles a merge conflict on a thing by taking the other version: it replaces the thing, or
     * deletes it (a stage or lane with its cards, a card with its arrows). Refused when there is no conflict.
     */
    public static Command takeOtherVersion(String mapId, ConflictKind kind, String id) {
        return ResolveConflict.takeOther(mapId, kind, id);
    }

    // Attribution and the workshop's dot vote

    /**
     * Replaces the map's conversion paths with {@code after} (the table is edited as a whole). Undo
     * gives back the paths the map held when the command was applied, normally {@code before}.
     */
    public static Command setConversionPaths(String mapId, List<ConversionPath> before, List<ConversionPath> after) {
        List<ConversionPath> wanted = List.copyOf(after);
        return new SetMapValue<>(mapId, JourneyMap::conversionPaths, JourneyMap::withConversionPaths,
                paths -> 64L * (1 + paths.size()), (map, current) -> new SetMapValue.Change<>(wanted,
                Label.plain("edit.paths.edit", 1)));
    }

    /**
     * Starts (before null), changes, closes, reopens or clears (after null) the map's dot vote; the
     * label says which. Undo gives back the vote the map held when the command was applied.
     */
    public static Command setVote(String mapId, DotVote before, DotVote after) {
        return VoteEdits.set(mapId, after);
    }

    /**
     * One more dot on a card. Refuses, changing nothing, when there is no vote, the vote is closed,
     * the card's type does not take part, or all dotsPerParticipant × participants dots are given.
     */
    public static Command addDot(String mapId, String cardId) {
        return VoteEdits.addDot(mapId, cardId);
    }

    /** One dot fewer on a card; nothing changes when it has none. Refuses when there is no vote or it is closed. */
    public static Command removeDot(String mapId, String cardId) {
        return VoteEdits.removeDot(mapId, cardId);
    }
}
