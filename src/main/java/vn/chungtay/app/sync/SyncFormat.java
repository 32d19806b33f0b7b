package vn.chungtay.app.sync;

/**
 * The fixed names and the limits of the package format. The limits bound what a hostile or broken file can make this
 * program read (DESIGN.md import rule 1): a handful of entries, a manifest that fits in memory, and at most a
 * province's worth of uncompressed lines.
 */
public final class SyncFormat {

    public static final String MANIFEST = "manifest.json";
    public static final String SIGNATURE = "manifest.sig";
    /** The file name extension of packages. */
    public static final String EXTENSION = ".ctsync";

    /** The manifest, the signature and one entry per record type, with room for a later version's additions. */
    static final int MAX_ENTRIES = 32;
    static final long MAX_MANIFEST_BYTES = 1L << 20;
    /** Ed25519 signatures are exactly 64 bytes. */
    static final int SIGNATURE_BYTES = 64;
    /** All entries together, uncompressed: a province of ~130,000 households fills a few hundred megabytes. */
    static final long MAX_UNCOMPRESSED_BYTES = 2L << 30;
    /** One line: a standard with its indicators is the longest record, well under this. */
    static final int MAX_LINE_CHARS = 1 << 20;

    private SyncFormat() {
    }
}
