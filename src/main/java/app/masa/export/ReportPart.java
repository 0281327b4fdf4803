package app.masa.export;

/**
 * The parts of a printed insights report, which a tagged PDF turns into headings, paragraphs and
 * tables. A header row printed again at the top of a continued table is a repeat, not new content.
 */
enum ReportPart {
    TITLE, SECTION, HEADING, NOTE, TABLE, HEADER_ROW, REPEATED_HEADER_ROW, ROW, HEADER_CELL, CELL
}
