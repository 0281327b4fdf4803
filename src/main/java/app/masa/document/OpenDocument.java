package app.masa.document;

import app.masa.edit.Command;
import app.masa.edit.History;
import app.masa.edit.Refusal;
import app.masa.io.JourneyEncoder;
import app.masa.io.JourneyFileException;
import app.masa.io.JourneyFiles;
import app.masa.io.recovery.DiskChange;
import app.masa.model.JourneyFile;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One open journey file and everything known about its saved state: the edit history (whose save
 * point alone says whether it is dirty), the file it belongs to, the "modified" stamps of the last
 * save, the cards' JSON kept from the last save, and what the file looked like on disk. The
 * designer's window, the command line and the room all open, change and save a map through it.
 *
 * <p>Threads: it belongs to one thread, the document's thread (the UI thread in the designer, the
 * main thread on the command line), which calls everything except the methods marked "any thread":
 * {@link #read}, {@link #write}, {@link #recordOnDisk}, {@link #diskRecord} and
 * {@link #changedOnDisk}. Saving is split so the bytes can go to disk elsewhere while the user
 * goes on editing: {@link #prepareSave} on the document's thread, {@link #write} on any,
 * {@link #completeSave} on the document's thread again.
 */
public final class OpenDocument {
    private final History history;
    private final SaveStamps stamps = new SaveStamps();
    private final AtomicReference<DiskRecord> disk = new AtomicReference<>();
    private final List<Runnable> fileListeners = new ArrayList<>();
    private final Clock clock;
    private volatile Path file;
    private JourneyEncoder encoder = new JourneyEncoder();

    /** A document that is {@code file}'s content as far as anyone knows ({@code file} may be null: never saved). */
    public OpenDocument(JourneyFile document, Path file) {
        this(document, file, Clock.systemUTC());
    }

    OpenDocument(JourneyFile document, Path file, Clock clock) {
        this.history = new History(document);
        this.clock = Objects.requireNonNull(clock, "clock");
        this.file = file;
        stamps.baseline(document);
    }

    /** Reads and checks a file, with its fingerprint. Any thread. */
    public static LoadedFile read(Path path) throws JourneyFileException {
        JourneyFile document = JourneyFiles.load(path);
        return new LoadedFile(path, document, DiskRecord.read(path), new JourneyEncoder());
    }

    /** Opens a file as a document of its own: the way the command line and the room start. */
    public static OpenDocument open(Path path) throws JourneyFileException {
        LoadedFile loaded = read(path);
        OpenDocument document = new OpenDocument(loaded.document(), loaded.path());
        document.open(loaded);
        return document;
    }

    public JourneyFile document() {
        return history.document();
    }

    /** The history the document changes in; views listen to it. */
    public History history() {
        return history;
    }

    /** The file this document is saved to; empty until it is first saved. */
    public Optional<Path> file() {
        return Optional.ofNullable(file);
    }

    /** Unsaved changes: derived from the history's save point, nothing else. */
    public boolean isDirty() {
        return history.isDirty();
    }

    /** Applies a change through the history; returns why not when the command refuses to run. */
    public Optional<Refusal> apply(Command command) {
        return history.execute(command);
    }

    public void undo() {
        history.undo();
    }

    public void redo() {
        history.redo();
    }

    /** Called when the file the document belongs to changes (opened, saved under a new name). */
    public void addFileListener(Runnable listener) {
        fileListeners.add(listener);
    }

    /** Puts a file that was {@linkplain #read read} in place of the document: clean, nothing to undo. */
    public void open(LoadedFile loaded) {
        disk.set(loaded.disk());
        history.reset(loaded.document());
        start(loaded.document(), loaded.path(), loaded.encoder());
    }

    /**
     * Puts {@code document} in place (a new map from a template, or one whose file was read
     * elsewhere): clean, nothing to undo. What the file looks like on disk is not known yet.
     */
    public void replace(JourneyFile document, Path path) {
        disk.set(null);
        history.reset(document);
        start(document, path, new JourneyEncoder());
    }

    /**
     * Puts a document recovered after a crash in place: nothing to undo, and unsaved, since what is
     * on disk (if anything) is not this. The history says so by having no reachable save point.
     */
    public void recover(JourneyFile recovered, Path path) {
        disk.set(null);
        history.resetUnsaved(recovered);
        start(recovered, path, new JourneyEncoder());
    }

    /**
     * Begins saving to {@code target}: the copy to write, with today's "modified" time on each map
     * that changed since the last save (never an undo step). The document's thread.
     */
    public PendingSave prepareSave(Path target) {
        JourneyFile source = document();
        return new PendingSave(Objects.requireNonNull(target, "target"), source,
                stamps.stamp(source, clock.instant()), encoder);
    }

    /**
     * Writes a prepared save atomically, keeping the previous file as {@code .bak}, and remembers
     * what the file now looks like. Any thread. When it fails, the file on disk is as it was.
     */
    public void write(PendingSave save) throws JourneyFileException {
        JourneyFiles.save(save.target(), save.written(), save.encoder());
        recordOnDisk(save.target());
    }

    /**
     * Ends a save that was written: the document now belongs to the target file, and is clean
     * unless it was edited while the bytes were written. The document's thread.
     *
     * @return whether the document is now clean
     */
    public boolean completeSave(PendingSave save) {
        stamps.remember(save.source(), save.written());
        if (document() == save.source()) {
            history.markSaved();
        }
        setFile(save.target());
        return !isDirty();
    }

    /** Saves to the document's file. The document's thread, blocking: for the command line and the room. */
    public void save() throws JourneyFileException {
        saveAs(file().orElseThrow(() -> new IllegalStateException("the document has no file yet")));
    }

    /** Saves to {@code target}, which becomes the document's file. The document's thread, blocking. */
    public void saveAs(Path target) throws JourneyFileException {
        PendingSave save = prepareSave(target);
        write(save);
        completeSave(save);
    }

    /** Reads the document's file again, dropping unsaved changes. The document's thread, blocking. */
    public void revert() throws JourneyFileException {
        open(read(file().orElseThrow(() -> new IllegalStateException("the document has no file to go back to"))));
    }

    /** Records that the document as it is now is what {@code savedTo} holds. */
    public void markSaved(Path savedTo) {
        history.markSaved();
        setFile(savedTo);
    }

    /** Remembers {@code path} as Masa just read or wrote it. Any thread; reads the disk. */
    public void recordOnDisk(Path path) {
        disk.set(DiskRecord.read(path));
    }

    /** What Masa last saw of the file; empty when it has not looked. Any thread. */
    public Optional<DiskRecord> diskRecord() {
        return Optional.ofNullable(disk.get());
    }

    /**
     * Whether someone else changed or removed the file since Masa last read or wrote it. Any thread;
     * reads the disk. {@link DiskChange#NONE} when Masa has not seen the file.
     */
    public DiskChange changedOnDisk() {
        DiskRecord known = disk.get();
        return known == null || !known.isOf(file) ? DiskChange.NONE : known.changeSince();
    }

    /**
     * Keeps {@code seen} as the file's state if nothing newer was recorded since: the user knows the
     * file differs (or is gone), so a later save over it is their choice, not a surprise.
     */
    public void acknowledge(DiskRecord before, DiskRecord seen) {
        disk.compareAndSet(before, seen);
    }

    private void start(JourneyFile document, Path path, JourneyEncoder newEncoder) {
        stamps.baseline(document);
        encoder = newEncoder;
        setFile(path);
    }

    private void setFile(Path path) {
        if (!Objects.equals(file, path)) {
            file = path;
            for (Runnable listener : List.copyOf(fileListeners)) {
                listener.run();
            }
        }
    }
}
