package app.masa.ui.tour;

import app.masa.ui.shell.MainWindow;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.stage.Window;

/** Opens and closes the tour's windows from a thread other than JavaFX's, as a person would one after another. */
public final class TourDriver {
    private static final long WAIT_MILLIS = 15_000;

    private TourDriver() {
    }

    /** Opens the step's window and returns it once it shows; the main window for the "main" step. */
    public static Window open(MainWindow main, WindowTour.Step step) throws TimeoutException {
        List<Window> before = onFx(() -> List.copyOf(Window.getWindows()));
        // Later, not now: a dialog's showAndWait runs an event loop of its own until the tour closes it.
        Platform.runLater(() -> step.open().accept(main));
        long deadline = System.currentTimeMillis() + WAIT_MILLIS;
        while (System.currentTimeMillis() < deadline) {
            Optional<Window> opened = onFx(() -> Window.getWindows().stream()
                    .filter(w -> w.isShowing() && !before.contains(w)).findFirst());
            if (opened.isPresent()) {
                onFx(() -> null); // the events its showing caused
                return opened.get();
            }
            if ("main".equals(step.name())) {
                return main.stage();
            }
            Thread.onSpinWait();
        }
        throw new TimeoutException("the window \"" + step.name() + "\" did not open");
    }

    /** Closes every window but the main one. */
    public static void closeOthers(MainWindow main) {
        onFx(() -> {
            List.copyOf(Window.getWindows()).stream().filter(w -> w != main.stage() && w instanceof Stage)
                    .forEach(w -> ((Stage) w).close());
            return null;
        });
        onFx(() -> null);
    }

    /** Runs on the JavaFX thread and waits for the answer. */
    public static <T> T onFx(Supplier<T> work) {
        CompletableFuture<T> answer = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                answer.complete(work.get());
            } catch (RuntimeException | Error e) {
                answer.completeExceptionally(e);
            }
        });
        try {
            return answer.get(WAIT_MILLIS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException(e);
        }
    }
}
