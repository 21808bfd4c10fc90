package io.pinpipe.doctor;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Tells whether an address is private (RFC 1918, or an IPv6 unique-local one) and outside every network this
 * machine has an interface in: the usual sign of brokers inside a VPC seen from a laptop.
 */
final class PrivateNetworks {

    /** A network this machine is in: an interface address and its prefix length. */
    record Subnet(InetAddress address, int prefixLength) {
        boolean contains(InetAddress other) {
            var mine = address.getAddress();
            var theirs = other.getAddress();
            if (mine.length != theirs.length) {
                return false;
            }
            var bits = Math.min(prefixLength, mine.length * 8);
            for (int i = 0; i < bits; i++) {
                var mask = 0x80 >> (i % 8);
                if ((mine[i / 8] & mask) != (theirs[i / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }

    private final List<Subnet> local;

    PrivateNetworks(List<Subnet> local) {
        this.local = List.copyOf(local);
    }

    /** The networks of this machine's interfaces that are up. */
    static PrivateNetworks ofThisMachine() {
        var subnets = new ArrayList<Subnet>();
        try {
            for (var nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                if (nic.isUp()) {
                    nic.getInterfaceAddresses().forEach(a -> subnets.add(new Subnet(a.getAddress(), a.getNetworkPrefixLength())));
                }
            }
        } catch (SocketException e) {
            // No interface list: every private address then counts as outside, which only adds a hint.
        }
        return new PrivateNetworks(subnets);
    }

    static boolean isPrivate(InetAddress address) {
        if (address instanceof Inet4Address) {
            return address.isSiteLocalAddress(); // 10/8, 172.16/12, 192.168/16
        }
        return (address.getAddress()[0] & 0xfe) == 0xfc; // fc00::/7
    }

    /** A private address that no interface of this machine shares a network with. */
    boolean privateElsewhere(InetAddress address) {
        return isPrivate(address) && local.stream().noneMatch(subnet -> subnet.contains(address));
    }
}
