package app.masa;

import app.masa.cli.MasaCommand;

/**
 * The entry point of the jar and of {@code mvn javafx:run}. It does not extend
 * {@code javafx.application.Application}, so the one runnable jar starts with JavaFX on the class
 * path, and the headless subcommands never load JavaFX at all.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        int exit = MasaCommand.run(file -> app.masa.ui.DesignerLauncher.launch(file), args);
        if (exit != 0) {
            System.exit(exit);
        }
    }
}
