package app.masa.edit;

/** What of another version of a map can be taken into this one: its settings or one of its lists. */
public enum VersionPart { MAP, STAGE, LANE, CARD, CONNECTION, PERSONA, PATH }
