package app.masa.io.interchange;

/** What an import does with a stage or lane that the map does not have. */
public enum UnknownPlaces {
    /** Adds it to the map, after the ones it has, in the order the file first names them. */
    CREATE,
    /** Imports nothing and names each unknown stage or lane with the lines that use it. */
    REPORT
}
