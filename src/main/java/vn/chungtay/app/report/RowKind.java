package vn.chungtay.app.report;

/** What a table row is, for emphasis in exports and on screen. */
public enum RowKind {
    /** An ordinary row: a unit, a group, a household. */
    DETAIL,
    /** The total of the table (the report's own unit). */
    TOTAL,
    /** A part of the row above ("of which: urban"), shown indented. */
    PART,
    /** A heading row inside a table (e.g. "I. Hộ nghèo" in a named list): only its first text cell is filled. */
    SECTION
}
