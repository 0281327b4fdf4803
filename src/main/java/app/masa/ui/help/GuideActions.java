package app.masa.ui.help;

/**
 * What the getting-started guide's buttons do in the designer's window: the same commands as the
 * menus, so trying a step from the guide is doing it for real.
 */
public record GuideActions(Runnable newMap, Runnable addStage, Runnable present, Runnable export,
                           Runnable showShortcuts) {
}
