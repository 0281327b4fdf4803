package app.masa.io.recovery;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Which running Masa made a recovery copy or holds a lock: the process, its machine, when it
 * started (process ids are reused, start times are not), and a token that tells two windows of one
 * process apart.
 */
public record ProcessOwner(long pid, String host, Instant started, String token) {
    private static final Duration START_TOLERANCE = Duration.ofSeconds(2);
    private static final ProcessOwner CURRENT_PROCESS = describe(ProcessHandle.current());

    public ProcessOwner {
        host = host == null ? "" : host;
        token = token == null ? "" : token;
    }

    /** This process, with a fresh token: each window asks for its own. */
    public static ProcessOwner newForThisProcess() {
        return new ProcessOwner(CURRENT_PROCESS.pid, CURRENT_PROCESS.host, CURRENT_PROCESS.started,
                UUID.randomUUID().toString());
    }

    /** True when this is the same window of the same process. */
    public boolean sameAs(ProcessOwner other) {
        return other != null && pid == other.pid && host.equals(other.host) && token.equals(other.token);
    }

    public boolean onThisMachine() {
        return host.equals(CURRENT_PROCESS.host);
    }

    /**
     * True when the owner may still be running. On another machine nobody can tell, so the answer
     * is yes: a warning too many beats a document overwritten.
     */
    public boolean mayBeAlive() {
        if (!onThisMachine()) {
            return true;
        }
        Optional<ProcessHandle> handle = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        if (handle.isEmpty()) {
            return false;
        }
        Optional<Instant> start = handle.get().info().startInstant();
        return started == null || start.isEmpty()
                || Duration.between(start.get(), started).abs().compareTo(START_TOLERANCE) <= 0;
    }

    private static ProcessOwner describe(ProcessHandle process) {
        return new ProcessOwner(process.pid(), hostName(), process.info().startInstant().orElse(null), "");
    }

    /**
     * The machine's name without asking the network: name lookups may reach a name server, and
     * Masa opens no connection, ever.
     */
    static String hostName() {
        String windows = System.getenv("COMPUTERNAME");
        if (windows != null && !windows.isBlank()) {
            return windows.strip();
        }
        for (String file : new String[] {"/etc/hostname", "/proc/sys/kernel/hostname"}) {
            try {
                String name = Files.readString(Path.of(file), StandardCharsets.UTF_8).strip();
                if (!name.isEmpty()) {
                    return name;
                }
            } catch (IOException | RuntimeException e) {
                // not this system's way of naming itself; try the next
            }
        }
        return Objects.requireNonNullElse(System.getenv("HOSTNAME"), "").strip();
    }
}
