package be.numedu.resources.catalogue;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The networks a link must never reach, each at its edges, and public addresses next to them that it may (written as
 * literal addresses, so that nothing is looked up); settings that make no sense are refused in French at start.
 */
class LinkCheckerUnitTests {

	@Test
	void theInternalNetworksAreRefusedTheirNeighboursNot() throws UnknownHostException {
		List<String> internal = List.of(
				// this machine, and "this network"
				"127.0.0.1", "::1", "0.0.0.0", "0.1.2.3", "0.255.255.255", "::",
				// private networks
				"10.0.0.1", "172.16.0.1", "192.168.1.1", "fc00::1", "fd12:3456::1",
				// carrier-grade NAT, where some clouds answer their metadata
				"100.64.0.0", "100.100.100.200", "100.127.255.255",
				// link-local, multicast
				"169.254.169.254", "fe80::1", "224.0.0.1", "ff02::1",
				// an IPv4 address written as IPv6 is the IPv4 one
				"::ffff:10.0.0.1", "::ffff:100.64.0.1");
		List<String> outside = List.of("1.0.0.1", "8.8.8.8", "100.63.255.255", "100.128.0.0", "99.64.0.1",
				"101.64.0.1", "172.32.0.1", "2001:db8::1", "2a00:1450::1", "fb00::1", "fe00::1");
		for (String address : internal) {
			assertThat(LinkChecker.isInternal(InetAddress.getByName(address))).as(address).isTrue();
		}
		for (String address : outside) {
			assertThat(LinkChecker.isInternal(InetAddress.getByName(address))).as(address).isFalse();
		}
	}

	@Test
	void aNegativeWaitBeforeCheckingAgainIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> new LinkCheckProperties(false, Duration.ofDays(-1), 200,
				Duration.ofMinutes(30), 8, 2, Duration.ofSeconds(15)))
			.withMessageContaining("recheck-after ne peuvent être négatifs");
		assertThat(new LinkCheckProperties(false, Duration.ZERO, 200, Duration.ofMinutes(30), 8, 2,
				Duration.ofSeconds(15)).recheckAfter()).isZero();
	}
}
