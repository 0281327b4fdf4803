package app.masa.room;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The addresses of this machine that phones in the room could reach: one per network interface
 * that is up (Wi-Fi, the laptop's hotspot, a cable), IPv4 first as phones type those. Loopback
 * comes last: only this machine reaches it, which is what tests and a trial run want.
 */
public final class RoomAddresses {
    public static final String LOOPBACK = "127.0.0.1";

    /** One address the room could listen on, with the interface's name for the facilitator. */
    public record Choice(String address, String interfaceName) {
    }

    private RoomAddresses() {
    }

    public static List<Choice> available() {
        List<Choice> choices = new ArrayList<>();
        try {
            for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                if (!nic.isUp() || nic.isLoopback()) {
                    continue;
                }
                for (InetAddress address : Collections.list(nic.getInetAddresses())) {
                    if (address instanceof Inet4Address && !address.isLinkLocalAddress()) {
                        choices.add(new Choice(address.getHostAddress(), nic.getDisplayName()));
                    }
                }
            }
        } catch (SocketException e) {
            // No interface readable: the room can still run on this machine alone.
        }
        choices.add(new Choice(LOOPBACK, "loopback"));
        return choices;
    }
}
