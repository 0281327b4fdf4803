package app.masa.io;

import app.masa.model.JourneyFile;

/**
 * The reading pipeline: size, text encoding, JSON syntax, format and version, migration, and
 * finally the model with all its checks. Each stage stops at the first stage that fails, because
 * later stages would only repeat the same fault in other words.
 */
final class JourneyReader {
    private final MigrationChain migrations;

    JourneyReader(MigrationChain migrations) {
        this.migrations = migrations;
    }

    JourneyFile read(byte[] bytes, String sourceName) throws JourneyFormatException {
        Problems problems = new Problems(bytes);
        if (bytes.length > JsonLimits.MAX_FILE_BYTES) {
            problems.addFile("io.tooLarge", JsonLimits.MAX_FILE_BYTES / (1024 * 1024));
            throw new JourneyFormatException(sourceName, problems.list());
        }
        if (!TextCheck.isPlainText(bytes, problems)) {
            throw new JourneyFormatException(sourceName, problems.list());
        }
        Node root = LocatedTreeReader.read(bytes, problems);
        if (root == null) {
            // A parse error in a file that is not UTF-8 is best explained by the encoding.
            Problems encoding = new Problems(bytes);
            boolean utf8 = TextCheck.isUtf8(bytes, encoding);
            throw new JourneyFormatException(sourceName, (utf8 ? problems : encoding).list());
        }
        Integer version = checkFormat(new Fields(root, JsonPointer.ROOT, problems), problems);
        if (version == null) {
            throw new JourneyFormatException(sourceName, problems.list());
        }
        JourneyFile file = new JourneyBinder(problems).bind(migrations.upgrade(root, version));
        if (file == null || !problems.isEmpty()) {
            throw new JourneyFormatException(sourceName, problems.list());
        }
        return file;
    }

    /** The file's version when it is a journey file this build can read; otherwise null. */
    private Integer checkFormat(Fields root, Problems problems) {
        Node format = root.value("format");
        if (format == null) {
            problems.add(root.node(), JsonPointer.ROOT.field("format"), "validate.format.missing");
            return null;
        }
        if (!format.is(Node.Kind.STRING) || !JourneyCodec.FORMAT.equals(format.value())) {
            root.problemAt("format", "validate.format.wrong", String.valueOf(format.value()), JourneyCodec.FORMAT);
            return null;
        }
        if (!root.require("version")) {
            return null;
        }
        Integer version = root.integer("version", Integer.MIN_VALUE, Integer.MAX_VALUE);
        if (version == null) {
            return null;
        }
        if (version > migrations.current()) {
            root.problemAt("version", "validate.version.newer", version, migrations.current());
            return null;
        }
        if (version < migrations.oldest()) {
            root.problemAt("version", "validate.version.older", version, migrations.oldest(), migrations.current());
            return null;
        }
        return version;
    }
}
