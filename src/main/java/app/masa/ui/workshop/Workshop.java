package app.masa.ui.workshop;

import app.masa.i18n.Messages;
import app.masa.ui.dialog.Dialogs;
import app.masa.ui.session.DocumentSession;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Dimension2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

/**
 * The facilitator's tools of one window: presentation mode, the dot vote and the time-box. One per
 * open document, so the menus and the tool bar (rebuilt when the interface language changes) reach
 * the same running timer and the same presentation.
 */
public final class Workshop {
    private final DocumentSession session;
    private final Node editor;
    private final VoteActions votes;
    private final Countdown countdown;
    private final BooleanProperty dotByClick = new SimpleBooleanProperty(this, "dotByClick");
    private PresentationView presentation;
    private ToolWindow voteWindow;
    private VotePanel votePanel;
    private ToolWindow timerWindow;
    private RoomHost room;
    private ToolWindow roomWindow;

    Workshop(DocumentSession session, Node editor, Countdown countdown) {
        this.session = session;
        this.editor = editor;
        this.votes = new VoteActions(session);
        this.countdown = countdown;
        EditorDots.install(editor, votes, this::refused)
                .ifPresent(dots -> dots.byClickProperty().bindBidirectional(dotByClick));
    }

    /**
     * The tools of the window around this session and its editor canvas. They are kept with the
     * canvas, which outlives the menus and the tool bar, and go when the window goes.
     */
    public static Workshop of(DocumentSession session, Node editor) {
        Object kept = editor.getProperties().get(Workshop.class);
        if (kept instanceof Workshop workshop && workshop.session == session) {
            return workshop;
        }
        Workshop workshop = new Workshop(session, editor, new Countdown());
        editor.getProperties().put(Workshop.class, workshop);
        return workshop;
    }

    /** F5: the current map full screen, or back to the presentation already showing. */
    public void present() {
        if (presentation == null || !presentation.isShowing()) {
            presentation = new PresentationView(owner(), session, votes, countdown);
            if (room != null && room.isRunning()) {
                presentation.overlays().showRoom(new RoomInviteCard(room));
            }
            // The presentation has its own timer and tally; the small windows come back after it.
            List<ToolWindow> hidden = new ArrayList<>();
            for (ToolWindow w : new ToolWindow[] {voteWindow, timerWindow, roomWindow}) {
                if (w != null && w.isShowing()) {
                    w.hide();
                    hidden.add(w);
                }
            }
            presentation.stage().addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> hidden.forEach(ToolWindow::show));
        }
        presentation.show();
    }

    /** Asks how the room votes and starts the vote (one undo step). */
    public void startVote() {
        StartVoteDialog.ask(owner(), votes.vote()).ifPresent(choice -> {
            votes.start(choice.dotsPerParticipant(), choice.participants(), choice.scope().eligible());
            showVote();
        });
    }

    /** The tally with close, reopen and clear. */
    public void showVote() {
        if (voteWindow == null) {
            voteWindow = new ToolWindow(owner(), "workshop.vote.window", "workshop-vote-window",
                    () -> votePanel = new VotePanel(votes, dotByClick, this::startVote), new Dimension2D(360, 360),
                    this::present, this::keyboardHome, dock("workshop-vote-window"));
            voteWindow.stage().setOnHidden(e -> dotByClick.set(false));
        }
        voteWindow.show();
    }

    /**
     * Invites the room: starts the room's server for this map (asking which network when there are
     * several) and shows its window with the QR code, the queue and the controls; the presentation
     * shows the invitation too. When the room already runs, shows its window.
     */
    public void inviteRoom() {
        RoomHost host = room();
        if (!host.isRunning()) {
            Optional<String> address = RoomAddressChoice.ask(owner());
            if (address.isEmpty()) {
                return;
            }
            try {
                host.start(address.get());
            } catch (IOException e) {
                Dialogs.showError(owner(), Messages.get("workshop.room.cannotStart", address.get()),
                        Messages.get("workshop.room.cannotStart.detail"));
                return;
            }
            if (roomWindow != null) {
                roomWindow.hide();
            }
            roomWindow = new ToolWindow(owner(), "workshop.room.window", "workshop-room-window",
                    () -> new RoomPanel(host, session).build(), null, this::present, null,
                    dock("workshop-room-window"));
            if (presentation != null && presentation.isShowing()) {
                presentation.overlays().showRoom(new RoomInviteCard(host));
            }
        }
        roomWindow.show();
    }

    /**
     * Whether the window may go: yes when no room runs or nothing waits in it; with cards still
     * waiting, the facilitator is asked first, as they would be lost.
     */
    public boolean mayEndRoom() {
        if (room == null || !room.isRunning() || room.queue().isEmpty()) {
            return true;
        }
        if (Dialogs.confirm(owner(), Messages.get("workshop.room.endWithWaiting", room.queue().size()),
                Messages.get("workshop.room.endWithWaiting.detail"), Messages.get("workshop.room.end"))) {
            room.end();
            return true;
        }
        return false;
    }

    /** Ends the room's session, if one runs: the port closes and the phones are told. */
    public void endRoom() {
        if (room != null) {
            room.end();
        }
    }

    RoomHost room() {
        if (room == null) {
            room = new RoomHost(session, countdown);
            room.runningProperty().addListener((o, was, running) -> {
                if (!running) {
                    if (roomWindow != null) {
                        roomWindow.hide();
                    }
                    if (presentation != null) {
                        presentation.overlays().showRoom(null);
                    }
                }
            });
            Window window = owner();
            if (window != null) {
                window.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> room.end());
            }
            // Another document in this window (New, Open, Revert): the room was for the one before.
            session.replacementsProperty().addListener((o, was, now) -> room.end());
        }
        return room;
    }

    ToolWindow roomWindow() {
        return roomWindow;
    }

    public void showTimer() {
        if (timerWindow == null) {
            timerWindow = new ToolWindow(owner(), "workshop.timer.window", "workshop-timer-window",
                    () -> new TimerPanel(countdown), null, this::present, this::keyboardHome,
                    dock("workshop-timer-window"));
        }
        timerWindow.show();
    }

    /** Where keys typed in the small windows go: the presentation while it shows, else the map. */
    private Node keyboardHome() {
        return presentation != null && presentation.isShowing() ? presentation.keyboardNode() : editor;
    }

    /** Docks beside the map, covering no card if it can and not the other small window. */
    private ClearCorner dock(String windowId) {
        return new ClearCorner(() -> CardsOnScreen.visibleCards(editor), () -> otherToolWindows(windowId),
                () -> CardsOnScreen.mapArea(editor), Messages::isRightToLeft);
    }

    private List<Rectangle2D> otherToolWindows(String windowId) {
        List<Rectangle2D> avoid = new ArrayList<>();
        for (ToolWindow w : new ToolWindow[] {voteWindow, timerWindow, roomWindow}) {
            if (w != null && w.isShowing() && !windowId.equals(w.stage().getScene().getRoot().getId())) {
                Stage s = w.stage();
                avoid.add(new Rectangle2D(s.getX(), s.getY(), s.getWidth(), s.getHeight()));
            }
        }
        return avoid;
    }

    Countdown countdown() {
        return countdown;
    }

    VoteActions votes() {
        return votes;
    }

    PresentationView presentation() {
        return presentation;
    }

    BooleanProperty dotByClickProperty() {
        return dotByClick;
    }

    VotePanel votePanel() {
        return votePanel;
    }

    private void refused(String reason) {
        showVote();
        votePanel.say(reason);
    }

    private Window owner() {
        return editor.getScene() == null ? null : editor.getScene().getWindow();
    }
}
