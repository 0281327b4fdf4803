package app.masa.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;

/**
 * The bounds that keep a hostile file from costing unbounded time or memory. A real map is a few
 * megabytes without pictures, so these are generous for people and tight for attacks; Jackson enforces
 * them while it reads.
 */
final class JsonLimits {
    /**
     * Files larger than this are refused before they are read: room for two hundred pictures of
     * about 300 KB each (decision 0027) beside the cards.
     */
    static final long MAX_FILE_BYTES = 100L * 1024 * 1024;
    static final int MAX_DEPTH = 200;
    static final int MAX_STRING_CHARS = 1_000_000;
    static final int MAX_NUMBER_CHARS = 100;
    static final int MAX_NAME_CHARS = 1_000;
    /** About 80,000 cards; it bounds the memory of the tree built while reading. */
    static final long MAX_TOKENS = 2_000_000;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_DEPTH)
                    .maxStringLength(MAX_STRING_CHARS)
                    .maxNumberLength(MAX_NUMBER_CHARS)
                    .maxNameLength(MAX_NAME_CHARS)
                    .maxDocumentLength(MAX_FILE_BYTES)
                    .maxTokenCount(MAX_TOKENS)
                    .build())
            .build();

    private JsonLimits() {
    }

    /** A factory with the limits; thread-safe and shared. */
    static JsonFactory factory() {
        return FACTORY;
    }
}
