package app.masa.io;

import app.masa.model.Brand;
import app.masa.model.Card;
import app.masa.model.CardType;
import app.masa.model.Channel;
import app.masa.model.Comment;
import app.masa.model.CommentThread;
import app.masa.model.Connection;
import app.masa.model.ConversionPath;
import app.masa.model.Direction;
import app.masa.model.DotVote;
import app.masa.model.EmotionScale;
import app.masa.model.Extras;
import app.masa.model.JourneyFile;
import app.masa.model.JourneyLink;
import app.masa.model.JourneyMap;
import app.masa.model.Kebab;
import app.masa.model.Lane;
import app.masa.model.LaneKind;
import app.masa.model.MergeConflict;
import app.masa.model.Persona;
import app.masa.model.Stage;
import app.masa.model.TitleTypeface;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerationException;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Writes a document in the one canonical form of docs/file-format.md: keys in a fixed order,
 * defaults and empty values left out, unknown fields after the known ones, two-space indentation
 * with "\n" line ends on every platform, and a final newline. The same document always gives the
 * same bytes, so saving twice changes nothing and a diff shows only what a person changed.
 */
final class JourneyWriter {
    /** Writes a map's cards from what was kept of an earlier save, encoding only what is new. */
    interface KeptCards {
        /**
         * Writes the map's cards, {@code separator} between each two, straight into {@code out};
         * {@code encode} gives the bytes of a card not seen before.
         */
        void write(JourneyMap map, byte[] separator, Function<Card, byte[]> encode, OutputStream out)
                throws IOException;
    }

    private final JsonGenerator g;
    private final OutputStream out;
    private final CanonicalPrinter printer;
    private final FigureWriter figures;
    private final KeptCards kept;
    private CardAlone alone;

    private JourneyWriter(JsonGenerator g, OutputStream out, CanonicalPrinter printer, KeptCards kept) {
        this.g = g;
        this.out = out;
        this.printer = printer;
        this.figures = new FigureWriter(g);
        this.kept = kept;
    }

    static byte[] write(JourneyFile file) {
        // Jackson's builder grows in segments: no copying while writing, one copy at the end.
        ByteArrayBuilder out = new ByteArrayBuilder(64 * 1024);
        try {
            write(file, out);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
        byte[] bytes = out.toByteArray();
        out.release();
        return bytes;
    }

    /**
     * Writes the file's bytes into a stream, which stays open. A save streams them into the file
     * itself, so no copy of a large map is built in memory first.
     *
     * @throws IOException only when the stream fails
     */
    static void write(JourneyFile file, OutputStream out) throws IOException {
        write(file, out, null);
    }

    /** Writes like {@link #write(JourneyFile, OutputStream)}, taking each card's bytes from {@code kept}. */
    static void write(JourneyFile file, OutputStream out, KeptCards kept) throws IOException {
        CanonicalPrinter printer = new CanonicalPrinter(0);
        JsonGenerator g = generator(out, printer);
        JourneyWriter writer = new JourneyWriter(g, out, printer, kept);
        try {
            writer.file(file);
            g.writeRaw('\n');
        } catch (JsonGenerationException e) {
            // The generator refused what this class wrote: a fault in this class, not the stream.
            throw new IllegalStateException("the journey writer produced invalid JSON", e);
        } finally {
            if (writer.alone != null) {
                writer.alone.release();
            }
        }
        g.close();
    }

    private static JsonGenerator generator(OutputStream out, CanonicalPrinter printer) throws IOException {
        JsonGenerator g = JsonLimits.factory().createGenerator(out, JsonEncoding.UTF8);
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        // the generator's buffer goes to the stream before kept bytes are written into the stream itself
        g.disable(JsonGenerator.Feature.FLUSH_PASSED_TO_STREAM);
        g.setPrettyPrinter(printer);
        return g;
    }

    /**
     * Encodes single cards on their own, indented as deep as they stand in the file, so that their
     * bytes can be copied into this file and later ones unchanged.
     */
    private static final class CardAlone {
        private final ByteArrayBuilder out = new ByteArrayBuilder(1024);
        private final JsonGenerator g;
        private final JourneyWriter writer;

        CardAlone(int nesting) throws IOException {
            CanonicalPrinter printer = new CanonicalPrinter(nesting);
            g = generator(out, printer);
            writer = new JourneyWriter(g, out, printer, null);
        }

        byte[] encode(Card card) {
            try {
                writer.card(card);
                g.flush();
            } catch (IOException e) {
                throw new UncheckedIOException("writing to memory cannot fail", e);
            }
            byte[] bytes = out.toByteArray();
            out.reset();
            return bytes;
        }

        void release() throws IOException {
            g.close();
            out.release();
        }
    }

    private void file(JourneyFile file) throws IOException {
        g.writeStartObject();
        g.writeStringField("format", JourneyCodec.FORMAT);
        g.writeNumberField("version", JourneyCodec.VERSION);
        brand(file.brand());
        g.writeArrayFieldStart("maps");
        for (JourneyMap map : file.maps()) {
            map(map);
        }
        g.writeEndArray();
        extras(file.extras());
        g.writeEndObject();
    }

    private void brand(Brand b) throws IOException {
        if (b.isEmpty()) {
            return;
        }
        g.writeObjectFieldStart("brand");
        text("logo", b.logo());
        strings("stage-colors", b.stageColors(), false);
        if (!b.typeColors().isEmpty()) {
            g.writeObjectFieldStart("type-colors");
            for (Map.Entry<CardType, String> e : b.typeColors().entrySet()) {
                g.writeStringField(Kebab.of(e.getKey()), e.getValue());
            }
            g.writeEndObject();
        }
        if (b.titleTypeface() != TitleTypeface.RUBIK) {
            g.writeStringField("title-font", Kebab.of(b.titleTypeface()));
        }
        extras(b.extras());
        g.writeEndObject();
    }

    private void map(JourneyMap m) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", m.id());
        text("title", m.title());
        text("scenario", m.scenario());
        if (!"en".equals(m.language())) {
            g.writeStringField("language", m.language());
        }
        if (m.direction() != Direction.forLanguage(m.language())) {
            g.writeStringField("direction", Kebab.of(m.direction()));
        }
        instant("created", m.created());
        instant("modified", m.modified());
        text("currency", m.currency());
        if (m.gapThreshold() != JourneyMap.DEFAULT_GAP_THRESHOLD) {
            g.writeNumberField("gap-threshold", m.gapThreshold());
        }
        if (m.attributionHalfLife() != JourneyMap.DEFAULT_ATTRIBUTION_HALF_LIFE) {
            g.writeNumberField("attribution-half-life", m.attributionHalfLife());
        }
        scale(m.scale());
        list("personas", m.personas(), this::persona);
        list("stages", m.stages(), this::stage);
        list("lanes", m.lanes(), this::lane);
        cards(m);
        list("connections", m.connections(), this::connection);
        WorkshopWriter workshop = new WorkshopWriter(g, m);
        workshop.conversionPaths();
        workshop.vote();
        conflicts(m);
        list("comments", m.comments(), this::commentThread);
        list("links", m.standingLinks(), this::link);
        extras(m.extras());
        g.writeEndObject();
    }

    private void link(JourneyLink l) throws IOException {
        g.writeStartObject();
        g.writeStringField("source", l.source());
        text("map", l.map());
        text("file", l.file());
        extras(l.extras());
        g.writeEndObject();
    }

    private void commentThread(CommentThread t) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", t.id());
        g.writeStringField("target", t.target());
        if (t.resolved()) {
            g.writeBooleanField("resolved", true);
        }
        g.writeArrayFieldStart("entries");
        for (Comment c : t.comments()) {
            g.writeStartObject();
            g.writeStringField("id", c.id());
            text("author", c.author());
            instant("time", c.time());
            g.writeStringField("text", c.text());
            extras(c.extras());
            g.writeEndObject();
        }
        g.writeEndArray();
        extras(t.extras());
        g.writeEndObject();
    }

    /** The conflicts a merge left, each with the other version of its thing written as the thing itself. */
    private void conflicts(JourneyMap m) throws IOException {
        List<MergeConflict> conflicts = m.standingConflicts();
        if (conflicts.isEmpty()) {
            return;
        }
        g.writeArrayFieldStart("conflicts");
        for (MergeConflict c : conflicts) {
            g.writeStartObject();
            g.writeStringField("kind", Kebab.of(c.kind()));
            g.writeStringField("id", c.id());
            strings("fields", c.fields(), false);
            if (c.alternativeDeletes()) {
                g.writeBooleanField("alternative-deletes", true);
            } else {
                alternative(c.alternative());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private void alternative(Record other) throws IOException {
        if (other instanceof DotVote vote) {
            WorkshopWriter.vote(g, "alternative", vote, vote.dots());
            return;
        }
        g.writeFieldName("alternative");
        if (other instanceof JourneyMap settings) {
            map(settings);
        } else if (other instanceof Card c) {
            card(c);
        } else if (other instanceof Stage s) {
            stage(s);
        } else if (other instanceof Lane l) {
            lane(l);
        } else if (other instanceof Connection c) {
            connection(c);
        } else if (other instanceof Persona p) {
            persona(p);
        } else {
            WorkshopWriter.path(g, (ConversionPath) other);
        }
    }

    private void scale(EmotionScale s) throws IOException {
        g.writeObjectFieldStart("scale");
        g.writeNumberField("min", s.min());
        strings("labels", s.labels(), true);
        extras(s.extras());
        g.writeEndObject();
    }

    private void persona(Persona p) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", p.id());
        text("name", p.name());
        text("role", p.role());
        text("quote", p.quote());
        strings("goals", p.goals(), false);
        strings("needs", p.needs(), false);
        strings("frustrations", p.frustrations(), false);
        if (!p.channels().isEmpty()) {
            g.writeArrayFieldStart("channels");
            for (Channel channel : p.channels()) {
                g.writeString(Kebab.of(channel));
            }
            g.writeEndArray();
        }
        text("photo", p.photo());
        extras(p.extras());
        g.writeEndObject();
    }

    private void stage(Stage s) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", s.id());
        text("name", s.name());
        text("description", s.description());
        if (s.width() != Stage.DEFAULT_WIDTH) {
            g.writeNumberField("width", s.width());
        }
        text("color", s.color());
        figures.nps(s.nps());
        extras(s.extras());
        g.writeEndObject();
    }

    private void lane(Lane l) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", l.id());
        text("title", l.title());
        if (l.kind() != LaneKind.CARDS) {
            g.writeStringField("kind", Kebab.of(l.kind()));
        }
        if (l.height() != 0) {
            g.writeNumberField("height", l.height());
        }
        text("color", l.color());
        if (l.collapsed()) {
            g.writeBooleanField("collapsed", true);
        }
        extras(l.extras());
        g.writeEndObject();
    }

    private void cards(JourneyMap m) throws IOException {
        if (kept == null || m.cards().isEmpty()) {
            list("cards", m.cards(), this::card);
            return;
        }
        g.writeArrayFieldStart("cards");
        // The generator puts the line break and indentation before the first card, as for any value;
        // it takes the whole run of cards for a single value, which changes nothing in the bytes.
        g.writeRawValue("");
        g.flush();
        kept.write(m, printer.valueSeparator(), this::encodeAlone, out);
        g.writeEndArray();
    }

    private byte[] encodeAlone(Card card) {
        if (alone == null) {
            try {
                alone = new CardAlone(printer.nesting());
            } catch (IOException e) {
                throw new UncheckedIOException("writing to memory cannot fail", e);
            }
        }
        return alone.encode(card);
    }

    private void card(Card c) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", c.id());
        g.writeStringField("stage", c.stageId());
        g.writeStringField("lane", c.laneId());
        if (c.order() != 0) {
            g.writeNumberField("order", c.order());
        }
        text("title", c.title());
        text("body", c.body());
        if (c.type() != CardType.NOTE) {
            g.writeStringField("type", Kebab.of(c.type()));
        }
        if (c.channel() != null) {
            g.writeStringField("channel", Kebab.of(c.channel()));
        }
        if (c.score() != null) {
            g.writeNumberField("score", c.score());
        }
        strings("tags", c.tags(), false);
        text("color", c.color());
        figures.touchpoint(c.touchpoint());
        figures.metrics(c.metrics());
        figures.evidence(c.evidence());
        figures.opportunity(c.opportunity());
        figures.picture(c.picture());
        extras(c.extras());
        g.writeEndObject();
    }

    private void connection(Connection c) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", c.id());
        g.writeStringField("from", c.fromCardId());
        g.writeStringField("to", c.toCardId());
        text("label", c.label());
        extras(c.extras());
        g.writeEndObject();
    }

    private interface ItemWriter<T> {
        void write(T item) throws IOException;
    }

    private <T> void list(String name, List<T> items, ItemWriter<T> writer) throws IOException {
        if (items.isEmpty()) {
            return;
        }
        g.writeArrayFieldStart(name);
        for (T item : items) {
            writer.write(item);
        }
        g.writeEndArray();
    }

    private void strings(String name, List<String> values, boolean evenWhenEmpty) throws IOException {
        if (values.isEmpty() && !evenWhenEmpty) {
            return;
        }
        g.writeArrayFieldStart(name);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }

    private void text(String name, String value) throws IOException {
        if (value != null && !value.isEmpty()) {
            g.writeStringField(name, value);
        }
    }

    private void instant(String name, Instant value) throws IOException {
        if (value != null) {
            g.writeStringField(name, value.toString());
        }
    }

    private void extras(Extras extras) throws IOException {
        writeExtras(g, extras);
    }

    /** Writes unknown fields after the known ones, as they were read. */
    static void writeExtras(JsonGenerator g, Extras extras) throws IOException {
        for (Map.Entry<String, Object> e : extras.values().entrySet()) {
            g.writeFieldName(e.getKey());
            plain(g, e.getValue());
        }
    }

    /** Writes a plain Java value kept from a file: maps, lists, strings, numbers, booleans, null. */
    private static void plain(JsonGenerator g, Object value) throws IOException {
        if (value == null) {
            g.writeNull();
        } else if (value instanceof String s) {
            g.writeString(s);
        } else if (value instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (value instanceof BigDecimal d) {
            g.writeNumber(d);
        } else if (value instanceof BigInteger i) {
            g.writeNumber(i);
        } else if (value instanceof Double || value instanceof Float) {
            g.writeNumber(((Number) value).doubleValue());
        } else if (value instanceof Number n) {
            g.writeNumber(n.longValue());
        } else if (value instanceof Map<?, ?> map) {
            g.writeStartObject();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                g.writeFieldName(String.valueOf(e.getKey()));
                plain(g, e.getValue());
            }
            g.writeEndObject();
        } else if (value instanceof Iterable<?> list) {
            g.writeStartArray();
            for (Object item : list) {
                plain(g, item);
            }
            g.writeEndArray();
        } else {
            g.writeString(value.toString());
        }
    }
}
