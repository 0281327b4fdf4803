package app.masa.ui.workshop;

import app.masa.ui.session.DocumentSession;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Node;
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
            // The presentation has its own timer and tally; the small windows come back after it.
            List<ToolWindow> hidden = new ArrayList<>();
            for (ToolWindow w : new ToolWindow[] {voteWindow, timerWindow}) {
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
                    () -> votePanel = new VotePanel(votes, dotByClick, this::startVote), 420, 480, this::present);
            voteWindow.stage().setOnHidden(e -> dotByClick.set(false));
        }
        voteWindow.show();
    }

    public void showTimer() {
        if (timerWindow == null) {
            timerWindow = new ToolWindow(owner(), "workshop.timer.window", "workshop-timer-window",
                    () -> new TimerPanel(countdown), 460, 300, this::present);
        }
        timerWindow.show();
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
