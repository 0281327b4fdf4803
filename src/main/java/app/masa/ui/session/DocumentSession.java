package app.masa.ui.session;

import app.masa.document.LoadedFile;
import app.masa.document.OpenDocument;
import app.masa.edit.Command;
import app.masa.edit.History;
import app.masa.edit.Refusal;
import app.masa.model.JourneyFile;
import app.masa.model.JourneyMap;
import java.nio.file.Path;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.property.SimpleStringProperty;

/**
 * The open document as the views see it: the {@link OpenDocument} that owns it, mirrored into
 * JavaFX properties, plus which map is showing and what is selected. Views change the document only
 * through {@link #execute(Command)}.
 */
public final class DocumentSession {
    private final OpenDocument owner;
    private final History history;
    private final ReadOnlyObjectWrapper<JourneyFile> document = new ReadOnlyObjectWrapper<>(this, "document");
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    private final StringProperty currentMapId = new SimpleStringProperty(this, "currentMapId");
    private final BooleanProperty dirty = new SimpleBooleanProperty(this, "dirty");
    private final BooleanProperty canUndo = new SimpleBooleanProperty(this, "canUndo");
    private final BooleanProperty canRedo = new SimpleBooleanProperty(this, "canRedo");
    private final ReadOnlyStringWrapper undoLabel = new ReadOnlyStringWrapper(this, "undoLabel");
    private final ReadOnlyStringWrapper redoLabel = new ReadOnlyStringWrapper(this, "redoLabel");
    private final Selection selection = new Selection();
    private final ReadOnlyIntegerWrapper replacements = new ReadOnlyIntegerWrapper(this, "replacements");

    public DocumentSession(JourneyFile initial, Path path) {
        this(new OpenDocument(initial, path));
    }

    public DocumentSession(OpenDocument owner) {
        this.owner = owner;
        history = owner.history();
        file.set(owner.file().orElse(null));
        history.addListener(h -> sync());
        owner.addFileListener(() -> file.set(owner.file().orElse(null)));
        sync();
        currentMapId.set(owner.document().maps().get(0).id());
    }

    /** The document itself, below the views: for opening, saving and watching its file. */
    public OpenDocument owner() {
        return owner;
    }

    /**
     * Asks the history to apply a change; every view updates from the new document.
     *
     * @return why the command did not run (for the person who asked), or empty when it did
     */
    public Optional<Refusal> execute(Command command) {
        return owner.apply(command);
    }

    /** Ends a gesture (focus left a field, the mouse was released): the next change is a new undo step. */
    public void seal() {
        history.seal();
    }

    public void undo() {
        history.undo();
    }

    public void redo() {
        history.redo();
    }

    /** Replaces the whole document (New, Revert): clean, nothing to undo. */
    public void replace(JourneyFile newDocument, Path path) {
        selection.clear();
        owner.replace(newDocument, path);
        afterReplacement();
    }

    /** Puts a file that was read in place of the document (Open): clean, nothing to undo. */
    public void open(LoadedFile loaded) {
        selection.clear();
        owner.open(loaded);
        afterReplacement();
    }

    /**
     * Puts a document recovered after a crash in the window: nothing to undo, yet unsaved, because
     * what is on disk (if anything) is not this.
     */
    public void replaceRecovered(JourneyFile recovered, Path path) {
        selection.clear();
        owner.recover(recovered, path);
        afterReplacement();
    }

    public void markSaved(Path savedTo) {
        owner.markSaved(savedTo);
    }

    private void afterReplacement() {
        currentMapId.set(owner.document().maps().get(0).id());
        replacements.set(replacements.get() + 1);
    }

    public History history() {
        return history;
    }

    public JourneyFile document() {
        return document.get();
    }

    /** The map shown on the canvas (falls back to the first map if the current one was deleted). */
    public JourneyMap currentMap() {
        JourneyFile doc = document.get();
        return doc.map(currentMapId.get()).orElse(doc.maps().get(0));
    }

    public ReadOnlyObjectProperty<JourneyFile> documentProperty() {
        return document.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    public StringProperty currentMapIdProperty() {
        return currentMapId;
    }

    /**
     * Counts the times a whole document was put in (New, Open, Revert, recovery). Views that keep a
     * place in the document start afresh when it changes: maps from one template share their ids, so
     * a new document cannot be told from an edited one by its maps alone.
     */
    public ReadOnlyIntegerProperty replacementsProperty() {
        return replacements.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty;
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo;
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo;
    }

    /** "Undo Move card “Checkout”" is built by the menu from this label; empty when nothing to undo. */
    public ReadOnlyStringProperty undoLabelProperty() {
        return undoLabel.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoLabelProperty() {
        return redoLabel.getReadOnlyProperty();
    }

    public Selection selection() {
        return selection;
    }

    private void sync() {
        document.set(history.document());
        dirty.set(owner.isDirty());
        canUndo.set(history.canUndo());
        canRedo.set(history.canRedo());
        undoLabel.set(history.undoLabel().orElse(""));
        redoLabel.set(history.redoLabel().orElse(""));
        if (currentMapId.get() != null && history.document().map(currentMapId.get()).isEmpty()) {
            currentMapId.set(history.document().maps().get(0).id());
        }
    }
}
