package app.masa.edit;

import app.masa.model.JourneyFile;
import java.util.List;

/** Several commands that make one undo step under one label: applied in order, undone in reverse. */
final class CompoundCommand implements Command {
    private final String label;
    private final List<Command> commands;

    CompoundCommand(String label, List<Command> commands) {
        this.label = label;
        this.commands = List.copyOf(commands);
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public JourneyFile apply(JourneyFile document) {
        JourneyFile result = document;
        for (Command command : commands) {
            result = command.apply(result);
        }
        return result;
    }

    @Override
    public JourneyFile revert(JourneyFile document) {
        JourneyFile result = document;
        for (int i = commands.size() - 1; i >= 0; i--) {
            result = commands.get(i).revert(result);
        }
        return result;
    }

    @Override
    public long estimatedBytes() {
        long bytes = 48 + 2L * label.length();
        for (Command command : commands) {
            bytes += command.estimatedBytes();
        }
        return bytes;
    }
}
