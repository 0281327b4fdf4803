package app.masa.ui.files;

import app.masa.document.LoadedFile;
import app.masa.document.OpenDocument;
import app.masa.document.PendingSave;
import app.masa.edit.Command;
import app.masa.edit.LinkEdits;
import app.masa.i18n.Messages;
import app.masa.io.JourneyFileException;
import app.masa.model.JourneyFile;
import app.masa.ui.common.ShellPreferences;
import app.masa.ui.dialog.Dialogs;
import app.masa.ui.dialog.TemplateChooserDialog;
import app.masa.ui.dialog.UnsavedChangesDialog;
import app.masa.ui.recovery.FileWatch;
import app.masa.ui.session.DocumentSession;
import java.io.File;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BiConsumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.concurrent.Task;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

/**
 * New, Open, Save and Save As for the one document of a window: the dialogs and the threads around
 * {@link OpenDocument}, which does the work. Reading and writing run off the UI thread; when they
 * fail the user sees one plain sentence and the open document stays as it was.
 */
public final class FileActions {
    private static final System.Logger LOG = System.getLogger(FileActions.class.getName());
    private static final ExecutorService IO = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "masa-files");
        t.setDaemon(true);
        return t;
    });

    /** Longer than any real message; what a dialog can show without freezing the window. */
    private static final int MAX_REASON_CHARS = 1000;

    private final Stage stage;
    private final DocumentSession session;
    private final ShellPreferences preferences;
    private final DocumentSources sources;
    private final OpenDocument document;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final FileWatch watch;
    private BiConsumer<JourneyFile, String> comparer = (file, name) -> { };

    public FileActions(Stage stage, DocumentSession session, ShellPreferences preferences, DocumentSources sources) {
        this.stage = stage;
        this.session = session;
        this.preferences = preferences;
        this.sources = sources;
        this.document = session.owner();
        this.watch = new FileWatch(stage, session, busy::get, this::load, this::compareWithDisk);
    }

    /** True while a file is being read or written. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The name the title bar and dialogs use: the file's name, or the map's title when never saved. */
    public String documentName() {
        Path file = session.fileProperty().get();
        if (file != null && file.getFileName() != null) {
            return file.getFileName().toString();
        }
        String title = session.currentMap().title();
        return title.isBlank() ? Messages.get("ui.untitled") : title;
    }

    public void newFromTemplate() {
        whenDiscardable(() -> TemplateChooserDialog.ask(stage, sources.templates(), Messages.locale().getLanguage())
                .ifPresent(choice -> {
                    try {
                        replace(sources.create(choice.templateId(), choice.language()), null);
                    } catch (JourneyFileException e) {
                        Dialogs.showError(stage, Messages.get("dialog.new.failed"), e.getMessage());
                    }
                }));
    }

    public void open() {
        FileChooser chooser = chooser(Messages.get("dialog.open.title"));
        File chosen = chooser.showOpenDialog(stage);
        if (chosen != null) {
            open(chosen.toPath());
        }
    }

    /** Opens a file in this window, asking first about unsaved changes. */
    public void open(Path path) {
        whenDiscardable(() -> load(path));
    }

    public void save() {
        save(() -> { });
    }

    /** Looks now, as when the window regains focus, whether someone else changed the file, and asks what to do. */
    public void checkDisk() {
        watch.checkOnReturn();
    }

    /** Who is handed another version to compare with: the file read and the name to call it by. */
    public void onCompare(BiConsumer<JourneyFile, String> comparer) {
        this.comparer = comparer;
    }

    /** File > Compare with…: reads another journey file and hands it over; the open document stays as it is. */
    public void compareWith() {
        FileChooser chooser = chooser(Messages.get("compare.open.title"));
        Path current = session.fileProperty().get();
        if (current != null && current.getParent() != null) {
            chooser.setInitialDirectory(current.getParent().toFile());
        }
        File chosen = chooser.showOpenDialog(stage);
        if (chosen != null) {
            compareWith(chosen.toPath(), String.valueOf(chosen.toPath().getFileName()));
        }
    }

    /** Compares with the version of the open file that someone else wrote to disk. */
    public void compareWithDisk(Path file) {
        compareWith(file, Messages.get("compare.source.disk"));
    }

    /** Reads {@code path} off the UI thread and hands it over under {@code name}; a bad file gets one sentence. */
    public void compareWith(Path path, String name) {
        Task<JourneyFile> task = new Task<>() {
            @Override
            protected JourneyFile call() throws JourneyFileException {
                return OpenDocument.read(path).document();
            }
        };
        task.setOnSucceeded(e -> comparer.accept(task.getValue(), name));
        task.setOnFailed(e -> {
            LOG.log(System.Logger.Level.WARNING, () -> "Could not compare with " + path, task.getException());
            Dialogs.showError(stage, Messages.get("compare.read.failed", path.getFileName()), reason(task.getException()));
        });
        run(task);
    }

    public void saveAs() {
        saveAs(() -> { });
    }

    /** Saves to the current file (asking for one the first time); {@code then} runs after success. */
    public void save(Runnable then) {
        Path file = session.fileProperty().get();
        if (file == null) {
            saveAs(then);
        } else {
            write(file, then);
        }
    }

    public void saveAs(Runnable then) {
        FileChooser chooser = chooser(Messages.get("dialog.saveAs.title"));
        Path current = session.fileProperty().get();
        if (current != null && current.getParent() != null) {
            chooser.setInitialDirectory(current.getParent().toFile());
            chooser.setInitialFileName(current.getFileName().toString());
        } else {
            chooser.setInitialFileName(JourneyFileNames.suggestedName(session.currentMap().title()));
        }
        File chosen = chooser.showSaveDialog(stage);
        if (chosen != null) {
            write(JourneyFileNames.withExtension(chosen.toPath()), then);
        }
    }

    /**
     * Runs {@code proceed} once the current document may be dropped: at once when it is saved,
     * otherwise after asking Save / Don't save / Cancel (and after a successful save).
     */
    public void whenDiscardable(Runnable proceed) {
        if (!session.dirtyProperty().get()) {
            proceed.run();
            return;
        }
        switch (UnsavedChangesDialog.ask(stage, documentName())) {
            case SAVE -> save(proceed);
            case DISCARD -> proceed.run();
            case CANCEL -> { }
        }
    }

    /** Puts a document in the window: clean, nothing to undo. */
    public void replace(JourneyFile replacement, Path file) {
        session.replace(replacement, file);
        shown(file);
    }

    private void replace(LoadedFile loaded) {
        session.open(loaded);
        shown(loaded.path());
    }

    private void shown(Path file) {
        if (file != null) {
            preferences.addRecentFile(file);
        }
        watch.track(file);
    }

    /** Puts a document recovered after a crash in the window: unsaved, nothing to undo. */
    public void recover(JourneyFile document, Path file) {
        session.replaceRecovered(document, file);
        watch.trackRecovered(file);
    }

    private void load(Path path) {
        Task<LoadedFile> task = new Task<>() {
            @Override
            protected LoadedFile call() throws JourneyFileException {
                return OpenDocument.read(path).preparedForSaving();
            }
        };
        task.setOnSucceeded(e -> replace(task.getValue()));
        task.setOnFailed(e -> {
            LOG.log(System.Logger.Level.WARNING, () -> "Could not open " + path, task.getException());
            Dialogs.showError(stage, Messages.get("dialog.open.failed", path.getFileName()), reason(task.getException()));
        });
        run(task);
    }

    /** Someone else's change to the file is never overwritten without asking. */
    /** Saved into another folder, links to other journey files are rewritten so they still lead there. */
    private void keepLinksWorking(Path before, Path after) {
        if (before == null || before.toAbsolutePath().getParent() == null) {
            return;
        }
        Path from = before.toAbsolutePath().getParent();
        Path to = after.toAbsolutePath().getParent();
        if (!from.equals(to)) {
            Command rebase = LinkEdits.rebase(session.document(), from, to);
            if (rebase != null) {
                session.execute(rebase);
            }
        }
    }

    private void write(Path path, Runnable then) {
        watch.beforeSave(path, () -> writeChecked(path, then));
    }

    private void writeChecked(Path path, Runnable then) {
        Path before = session.fileProperty().get();
        keepLinksWorking(before, path);
        PendingSave pending = document.prepareSave(path);
        Task<Void> task = new Task<>() {
            @Override
            protected Void call() throws JourneyFileException {
                document.write(pending);
                return null;
            }
        };
        task.setOnSucceeded(e -> {
            // Edits made while writing are not on disk: the document stays unsaved then.
            document.completeSave(pending);
            preferences.addRecentFile(path);
            if (!path.equals(before)) {
                watch.track(path);
            }
            then.run();
        });
        task.setOnFailed(e -> {
            LOG.log(System.Logger.Level.WARNING, () -> "Could not save " + path, task.getException());
            Dialogs.showError(stage, Messages.get("dialog.save.failed", path.getFileName()), reason(task.getException()));
        });
        run(task);
    }

    private void run(Task<?> task) {
        busy.set(true);
        task.runningProperty().addListener((o, was, running) -> busy.set(running));
        IO.execute(task);
    }

    private static String reason(Throwable failure) {
        if (failure instanceof JourneyFileException && failure.getMessage() != null) {
            String message = failure.getMessage();
            // A message may quote a value from the file, and a hostile file's values can be huge.
            return message.length() <= MAX_REASON_CHARS ? message : message.substring(0, MAX_REASON_CHARS) + "…";
        }
        return Messages.get("dialog.file.unexpected");
    }

    private FileChooser chooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(JourneyFileNames.filter(Messages.get("dialog.file.filter")));
        return chooser;
    }
}
