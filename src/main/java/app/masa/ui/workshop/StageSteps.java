package app.masa.ui.workshop;

import app.masa.model.Direction;

/**
 * Stepping through a journey one stage at a time. Step {@value #WHOLE_MAP} is the whole map; 0 to
 * count − 1 are the stages in journey order. The arrow keys follow the map's reading direction: in
 * a right-to-left map the journey goes on to the left, so Left is "next".
 */
final class StageSteps {
    static final int WHOLE_MAP = -1;

    private int count;
    private int current = WHOLE_MAP;

    StageSteps(int count) {
        this.count = count;
    }

    int current() {
        return current;
    }

    /** The map changed: keeps the step if its stage still exists. */
    void setCount(int newCount) {
        count = newCount;
        if (current >= count) {
            current = count - 1;
        }
    }

    /** On from the whole map to the first stage, then stage by stage; stays on the last. */
    boolean next() {
        return go(Math.min(count - 1, current + 1));
    }

    /** Back stage by stage; back from the first stage shows the whole map. */
    boolean previous() {
        return go(Math.max(WHOLE_MAP, current - 1));
    }

    boolean home() {
        return go(WHOLE_MAP);
    }

    boolean show(int stage) {
        return stage >= 0 && stage < count && go(stage);
    }

    /** An arrow key: right goes forward in a left-to-right map, backward in a right-to-left one. */
    boolean arrow(boolean rightArrow, Direction direction) {
        return rightArrow != direction.isRightToLeft() ? next() : previous();
    }

    private boolean go(int step) {
        if (step == current) {
            return false;
        }
        current = step;
        return true;
    }
}
