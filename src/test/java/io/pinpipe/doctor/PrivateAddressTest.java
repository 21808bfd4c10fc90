package io.pinpipe.doctor;

import io.pinpipe.connections.AuthSettings;
import io.pinpipe.connections.Connection;
import io.pinpipe.connections.HostPort;
import io.pinpipe.connections.SecretSource;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Private broker addresses seen from outside their network are named as the likely cause. Nothing here
 * connects anywhere: the addresses are IP literals, which resolve without DNS.
 */
class PrivateAddressTest {

    private static final PrivateNetworks HOME_WIFI = new PrivateNetworks(List.of(
            new PrivateNetworks.Subnet(ip("192.168.1.20"), 24), new PrivateNetworks.Subnet(ip("127.0.0.1"), 8)));

    @Test
    void rfc1918AddressesArePrivateAndOthersAreNot() {
        assertThat(List.of("10.0.1.23", "172.16.0.1", "172.31.255.254", "192.168.7.7", "fd12:3456::1"))
                .allMatch(text -> PrivateNetworks.isPrivate(ip(text)));
        assertThat(List.of("172.32.0.1", "8.8.8.8", "127.0.0.1", "52.95.110.1", "2001:db8::1"))
                .noneMatch(text -> PrivateNetworks.isPrivate(ip(text)));
    }

    @Test
    void aPrivateAddressIsElsewhereOnlyWhenNoInterfaceSharesItsNetwork() {
        assertThat(HOME_WIFI.privateElsewhere(ip("10.0.1.23"))).as("a VPC address seen from home").isTrue();
        assertThat(HOME_WIFI.privateElsewhere(ip("192.168.1.77"))).as("a machine on the same Wi-Fi").isFalse();
        assertThat(HOME_WIFI.privateElsewhere(ip("192.168.2.77"))).as("the next network over").isTrue();
        assertThat(HOME_WIFI.privateElsewhere(ip("127.0.0.1"))).isFalse();
    }

    @Test
    void theResolveStepPassesButNamesTheVpcAsTheLikelyCause() throws Exception {
        var connection = new Connection("msk", "10.0.1.23:9098,10.0.2.45:9098", new AuthSettings.Plaintext());

        var result = new ResolveStep(HOME_WIFI).run(new Checkup(connection, SecretSource.none()));

        assertThat(result).isInstanceOf(StepResult.Passed.class);
        assertThat(result.message()).isEqualTo("2 of 2 hosts resolved");
        assertThat(result.advice()).hasValueSatisfying(note -> assertThat(note)
                .startsWith("10.0.1.23, 10.0.2.45: private addresses, and this machine is not in those networks")
                .contains("Likely cause if the next step fails: the brokers are inside a VPC")
                .contains("turn on public access"));
    }

    @Test
    void aTimeoutToAPrivateAddressNamesTheVpcWhileOneToAPublicAddressNamesTheSecurityGroup() {
        var inVpc = new Endpoint(new HostPort("b-1.demo.kafka.eu-west-1.amazonaws.com", 9098), ip("10.0.1.23"));
        var publicOne = new Endpoint(new HostPort("b-1-public.demo.kafka.eu-west-1.amazonaws.com", 9198), ip("52.95.110.1"));
        var step = new TcpStep(HOME_WIFI);

        var vpcAdvice = step.advice(List.of(new TcpKnock.TimedOut(inVpc, Duration.ofSeconds(5))));
        var publicAdvice = step.advice(List.of(new TcpKnock.TimedOut(publicOne, Duration.ofSeconds(5))));

        assertThat(vpcAdvice).startsWith("Likely cause: the brokers are inside a VPC (10.0.1.23 is a private address and "
                + "this machine is not in that network)");
        assertThat(publicAdvice).startsWith("Something drops the connection: a security group, firewall or network ACL. "
                + "Allow this machine's address on port 9198");
        assertThat(new TcpKnock.TimedOut(inVpc, Duration.ofSeconds(5)).describe())
                .isEqualTo("b-1.demo.kafka.eu-west-1.amazonaws.com:9098 (10.0.1.23) did not answer within 5 s (timed out)");
    }

    private static InetAddress ip(String text) {
        try {
            return InetAddress.getByName(text);
        } catch (java.net.UnknownHostException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
