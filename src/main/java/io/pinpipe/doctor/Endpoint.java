package io.pinpipe.doctor;

import io.pinpipe.connections.HostPort;

import java.net.InetAddress;
import java.net.InetSocketAddress;

/** A broker address as written ({@code host:port}) with one IP address its host resolved to. */
record Endpoint(HostPort hostPort, InetAddress address) {

    InetSocketAddress socketAddress() {
        return new InetSocketAddress(address, hostPort.port());
    }

    /** {@code host:port}, plus the IP address when the host is a name. */
    @Override
    public String toString() {
        var ip = address.getHostAddress();
        return ip.equals(hostPort.host()) ? hostPort.toString() : hostPort + " (" + ip + ")";
    }
}
