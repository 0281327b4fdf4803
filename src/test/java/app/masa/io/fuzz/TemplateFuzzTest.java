package app.masa.io.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import app.masa.edit.History;
import app.masa.i18n.InterfaceLanguage;
import app.masa.io.JourneyCodec;
import app.masa.io.JourneyFileException;
import app.masa.io.JourneyFiles;
import app.masa.io.Problem;
import app.masa.model.JourneyFile;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Over a thousand hostile variants of the built-in templates, made from a fixed seed so a failure
 * is reproduced by running the test again. Each is opened the way the designer opens a file, over
 * a document already open: the outcome is a plain error (and the open document untouched) or a
 * valid document, never anything else, in bounded time and memory.
 */
@InterfaceLanguage("en")
class TemplateFuzzTest {
    private static final long SEED = 0x6d617361L;
    private static final int ROUNDS = 12;
    /** Per variant; the largest variants are a few megabytes, read in well under a second. */
    private static final long MAX_NANOS = 5_000_000_000L;
    /** Per variant: Jackson's read limits bound the tree built from a hostile file. */
    private static final long MAX_ALLOCATED_BYTES = 400L * 1024 * 1024;
    /** A message a person can read in a dialog. */
    private static final int MAX_MESSAGE_CHARS = 2000;

    @TempDir
    Path folder;

    @Test
    void everyVariantIsAPlainErrorOrAValidDocumentAndTheOpenDocumentSurvives() throws Exception {
        List<BuiltInTemplates.Template> templates = BuiltInTemplates.all();
        assertThat(templates).hasSizeGreaterThanOrEqualTo(8);
        TemplateMutator mutator = new TemplateMutator(SEED);
        JourneyFile open = JourneyCodec.read(templates.get(0).bytes(), templates.get(0).name());
        History history = new History(open);
        Path file = folder.resolve("variant.journey.json");
        List<String> failures = new ArrayList<>();
        List<String> overlong = new ArrayList<>();
        int variants = 0;
        int refused = 0;
        int accepted = 0;
        long slowest = 0;
        long hungriest = 0;

        for (int round = 0; round < ROUNDS; round++) {
            for (BuiltInTemplates.Template template : templates) {
                for (String kind : TemplateMutator.KINDS) {
                    Mutation variant = mutator.mutate(template.name(), template.bytes(), kind);
                    Files.write(file, variant.bytes());
                    variants++;
                    long allocatedBefore = allocatedBytes();
                    long start = System.nanoTime();
                    try {
                        JourneyFile loaded = JourneyFiles.load(file);
                        accepted++;
                        checkValid(loaded, variant, failures);
                    } catch (JourneyFileException e) {
                        refused++;
                        checkPlain(e, variant, failures);
                        if (e.getMessage() != null && e.getMessage().length() > MAX_MESSAGE_CHARS) {
                            overlong.add(kind);
                        }
                    } catch (Throwable e) {
                        failures.add(variant.description() + ": " + e.getClass().getName() + " " + e.getMessage());
                    }
                    slowest = Math.max(slowest, System.nanoTime() - start);
                    hungriest = Math.max(hungriest, allocatedBytes() - allocatedBefore);
                    // The designer replaces the open document only with a file that loaded.
                    if (history.document() != open || history.isDirty() || history.canUndo()) {
                        failures.add(variant.description() + ": the open document changed");
                    }
                }
            }
        }

        assertThat(failures).isEmpty();
        // Known gap: a message quotes the offending value in full, so only a huge value makes a huge
        // message (the designer shortens what it shows). Any other kind of long message is a new problem.
        assertThat(overlong).allMatch("huge-string"::equals);
        assertThat(variants).isGreaterThanOrEqualTo(1000);
        assertThat(refused).as("variants refused").isGreaterThan(variants / 2);
        assertThat(accepted).as("variants that are still valid documents").isPositive();
        assertThat(slowest).as("slowest variant, ns").isLessThan(MAX_NANOS);
        assertThat(hungriest).as("most memory one variant took, bytes").isLessThan(MAX_ALLOCATED_BYTES);
    }

    @Test
    void theSameSeedMakesTheSameVariants() throws Exception {
        BuiltInTemplates.Template template = BuiltInTemplates.all().get(0);
        for (String kind : TemplateMutator.KINDS) {
            Mutation a = new TemplateMutator(SEED).mutate(template.name(), template.bytes(), kind);
            Mutation b = new TemplateMutator(SEED).mutate(template.name(), template.bytes(), kind);
            assertThat(a.bytes()).as(kind).isEqualTo(b.bytes());
            assertThat(a.bytes()).as(kind).isNotEqualTo(template.bytes());
        }
    }

    /** An accepted variant is a document Masa can save and read back as it was. */
    private static void checkValid(JourneyFile loaded, Mutation variant, List<String> failures) {
        try {
            JourneyFile again = JourneyCodec.read(JourneyCodec.write(loaded), "again");
            if (!again.equals(loaded)) {
                failures.add(variant.description() + ": accepted, but does not survive a save and reload");
            }
        } catch (JourneyFileException | RuntimeException e) {
            failures.add(variant.description() + ": accepted, but its saved form is refused: " + e.getMessage());
        }
    }

    private static void checkPlain(JourneyFileException e, Mutation variant, List<String> failures) {
        List<String> texts = new ArrayList<>();
        texts.add(e.getMessage());
        e.problems().stream().map(Problem::message).forEach(texts::add);
        for (String text : texts) {
            if (text == null || text.isBlank() || text.contains("Exception") || text.contains("\tat ")
                    || text.contains("java.") || text.contains("com.fasterxml")) {
                String shown = text == null || text.length() <= 300 ? text
                        : text.substring(0, 300) + "… (" + text.length() + " characters)";
                failures.add(variant.description() + ": not a plain message: " + shown);
                return;
            }
        }
    }

    private static long allocatedBytes() {
        if (ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean threads) {
            return threads.getThreadAllocatedBytes(Thread.currentThread().getId());
        }
        return 0;
    }
}
