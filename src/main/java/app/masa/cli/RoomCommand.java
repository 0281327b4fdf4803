package app.masa.cli;

import app.masa.i18n.Messages;
import app.masa.model.JourneyMap;
import app.masa.room.IncomingCard;
import app.masa.room.RoomAddresses;
import app.masa.room.RoomLimits;
import app.masa.room.RoomListener;
import app.masa.room.RoomServer;
import app.masa.room.RoomSession;
import app.masa.room.SavingRoomDocument;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code masa room FILE [--host ADDRESS] [--port N] [--accept-all]}: runs a room for the file's
 * first map without the designer. Phones join at the printed address with the printed code; each
 * card that is accepted is saved to FILE at once. Without {@code --accept-all}, incoming cards are
 * listed here and the facilitator answers with {@code accept N}, {@code accept all}, {@code reject N},
 * {@code pause}, {@code resume} or {@code end}. It stops on Ctrl+C or {@code end} (typed, or piped in),
 * leaving a valid file.
 */
@Command(name = "room", mixinStandardHelpOptions = true)
final class RoomCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "cli.room.file")
    Path file;

    @Option(names = "--host", paramLabel = "ADDRESS", descriptionKey = "cli.room.host")
    String host;

    @Option(names = "--port", paramLabel = "N", descriptionKey = "cli.room.port")
    int port;

    @Option(names = "--accept-all", descriptionKey = "cli.room.acceptAll")
    boolean acceptAll;

    /** Where the facilitator's answers come from: the terminal, or whatever a test pipes in. */
    java.io.InputStream console = System.in;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        if (port < 0 || port > 65_535) {
            throw JourneyInput.usage(spec, Messages.get("cli.room.badPort", port));
        }
        SavingRoomDocument document = new SavingRoomDocument(JourneyInput.open(file));
        RoomSession session = new RoomSession(document, RoomLimits.DEFAULTS);
        session.acceptAll(acceptAll);
        String address = host != null ? host : RoomAddresses.available().get(0).address();
        RoomServer server;
        try {
            server = RoomServer.start(session, address, port);
        } catch (IOException e) {
            document.close();
            throw new CommandFailure(Messages.get("cli.room.cannotListen", address, port));
        }
        CountDownLatch ended = new CountDownLatch(1);
        session.addListener(new Printer(session, out, ended));
        Thread stop = new Thread(() -> {
            session.end();
            server.close();
            document.close();
        }, "masa-room-stop");
        Runtime.getRuntime().addShutdownHook(stop);

        JourneyMap map = document.map();
        out.println(Messages.get("cli.room.open", map.title(), server.link().address()));
        out.println(Messages.get("cli.room.code", session.code()));
        out.println(Messages.get("cli.room.link", server.link().uri()));
        out.println(Messages.get(acceptAll ? "cli.room.acceptingAll" : "cli.room.howTo"));
        out.flush();
        Thread reader = new Thread(() -> answer(session, console, out), "masa-room-console");
        reader.setDaemon(true);
        reader.start();
        ended.await();
        server.close();
        document.close();
        try {
            Runtime.getRuntime().removeShutdownHook(stop);
        } catch (IllegalStateException alreadyStopping) {
            // Ctrl+C: the hook is what ended the room.
        }
        out.println(Messages.get("cli.room.ended", file));
        out.flush();
        return document.lastFailure().isPresent() ? 1 : 0;
    }

    /** The facilitator's answers, a line each, until the session ends or the input closes. */
    private static void answer(RoomSession session, java.io.InputStream console, PrintWriter out) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(console, StandardCharsets.UTF_8))) {
            String line;
            while (!session.isEnded() && (line = in.readLine()) != null) {
                String[] words = line.trim().toLowerCase(Locale.ROOT).split("\\s+");
                switch (words[0]) {
                    case "accept", "a" -> {
                        if (words.length > 1 && "all".equals(words[1])) {
                            session.acceptWaiting();
                        } else if (words.length > 1) {
                            session.accept("i" + words[1], null)
                                    .ifPresent(r -> out.println(r.message()));
                        }
                    }
                    case "reject", "r" -> {
                        if (words.length > 1) {
                            session.reject("i" + words[1]);
                        }
                    }
                    case "pause" -> session.pause(true);
                    case "resume" -> session.pause(false);
                    case "end" -> session.end();
                    case "" -> { }
                    default -> out.println(Messages.get("cli.room.howTo"));
                }
                out.flush();
            }
        } catch (IOException e) {
            // No console to read: the room goes on until Ctrl+C.
        }
    }

    /** Prints each card as it arrives and each person who joins. */
    private static final class Printer implements RoomListener {
        private final RoomSession session;
        private final PrintWriter out;
        private final CountDownLatch ended;
        private final Set<String> shown = new HashSet<>();
        private int people;

        Printer(RoomSession session, PrintWriter out, CountDownLatch ended) {
            this.session = session;
            this.out = out;
            this.ended = ended;
        }

        @Override
        public synchronized void queueChanged() {
            if (session.acceptsAll()) {
                return;
            }
            for (IncomingCard card : session.queue()) {
                if (shown.add(card.id())) {
                    String sender = card.sender().isEmpty() ? Messages.get("cli.room.anonymous") : card.sender();
                    out.println(Messages.get("cli.room.card", card.id().substring(1), sender, card.text()));
                }
            }
            out.flush();
        }

        @Override
        public synchronized void participantsChanged() {
            int now = session.participants().size();
            if (now != people) {
                people = now;
                out.println(Messages.get("cli.room.people", now));
                out.flush();
            }
        }

        @Override
        public void wrongCode(String address) {
            out.println(Messages.get("cli.room.wrongCode", address));
            out.flush();
        }

        @Override
        public void ended() {
            ended.countDown();
        }
    }
}
