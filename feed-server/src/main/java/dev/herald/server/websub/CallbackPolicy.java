package dev.herald.server.websub;

import dev.herald.server.config.HeraldConfig;
import io.netty.handler.ipfilter.IpFilterRuleType;
import io.netty.handler.ipfilter.IpSubnetFilterRule;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which callbacks the hub may call: {@code http} or {@code https} URLs whose host resolves only to
 * public addresses. Loopback, private, link-local, unique-local, shared (100.64/10), multicast and
 * unspecified addresses and this machine's own are refused, so a subscription cannot turn the hub
 * against the network it runs in (or a cloud's metadata service at 169.254.169.254), unless a
 * configured network allows them. Checked at the request and again before every call, as the
 * name may resolve elsewhere by then.
 */
@ApplicationScoped
public class CallbackPolicy {

    /** The longest callback or topic URL the store keeps. */
    static final int MAX_URL_LENGTH = 1000;

    private final List<IpSubnetFilterRule> allowed;
    private final Set<InetAddress> ownAddresses;

    public CallbackPolicy(HeraldConfig config) {
        this.allowed = config.websub().allowedCallbackNetworks().orElse(List.of()).stream()
                .map(String::strip).filter(network -> !network.isEmpty()).map(CallbackPolicy::network).toList();
        this.ownAddresses = ownAddresses();
    }

    /** The callback, checked; otherwise why it is refused. */
    public URI check(String callback) throws RefusedCallback {
        if (callback.length() > MAX_URL_LENGTH) {
            throw new RefusedCallback("is longer than " + MAX_URL_LENGTH + " characters");
        }
        URI uri;
        try {
            uri = new URI(callback);
        } catch (java.net.URISyntaxException e) {
            throw new RefusedCallback("is not a URL: " + e.getReason());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new RefusedCallback("must be an http or https URL");
        }
        if (uri.getHost() == null || uri.getRawFragment() != null || uri.getRawUserInfo() != null) {
            throw new RefusedCallback("must be an absolute URL with a host, without user name or fragment");
        }
        checkAddresses(uri.getHost());
        return uri;
    }

    /** Refuses a host that resolves to any address callbacks may not reach. */
    void checkAddresses(String host) throws RefusedCallback {
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            throw new RefusedCallback("has a host that does not resolve: " + host);
        }
        for (InetAddress address : addresses) {
            if (isInternal(address) && !isAllowed(address)) {
                throw new RefusedCallback("resolves to " + address.getHostAddress() + ", a " + kind(address)
                        + " address the hub does not call (HERALD_WEBSUB_ALLOWED_CALLBACK_NETWORKS allows networks)");
            }
        }
    }

    private boolean isInternal(InetAddress address) {
        return !kind(address).isEmpty();
    }

    private String kind(InetAddress address) {
        if (address.isLoopbackAddress()) {
            return "loopback";
        }
        if (address.isLinkLocalAddress()) {
            return "link-local";
        }
        if (address.isSiteLocalAddress() || isUniqueLocal(address) || isShared(address)) {
            return "private";
        }
        if (address.isAnyLocalAddress() || address.isMulticastAddress() || isThisNetwork(address)) {
            return "non-unicast";
        }
        if (ownAddresses.contains(address)) {
            return "this server's own";
        }
        return "";
    }

    private boolean isAllowed(InetAddress address) {
        InetSocketAddress socket = new InetSocketAddress(address, 0);
        return allowed.stream().anyMatch(rule -> rule.matches(socket));
    }

    // fc00::/7
    private static boolean isUniqueLocal(InetAddress address) {
        return address instanceof Inet6Address && (address.getAddress()[0] & 0xfe) == 0xfc;
    }

    // 100.64.0.0/10, carrier-grade NAT
    private static boolean isShared(InetAddress address) {
        byte[] bytes = address.getAddress();
        return address instanceof Inet4Address && (bytes[0] & 0xff) == 100 && (bytes[1] & 0xc0) == 64;
    }

    // 0.0.0.0/8
    private static boolean isThisNetwork(InetAddress address) {
        return address instanceof Inet4Address && address.getAddress()[0] == 0;
    }

    private static IpSubnetFilterRule network(String cidr) {
        int slash = cidr.indexOf('/');
        try {
            if (slash < 0) {
                InetAddress address = InetAddress.getByName(cidr);
                return new IpSubnetFilterRule(address, address.getAddress().length * 8, IpFilterRuleType.ACCEPT);
            }
            return new IpSubnetFilterRule(cidr.substring(0, slash), Integer.parseInt(cidr.substring(slash + 1)),
                    IpFilterRuleType.ACCEPT);
        } catch (UnknownHostException | RuntimeException e) {
            throw new IllegalArgumentException("herald.websub.allowed-callback-networks: " + cidr
                    + " is not a network such as 127.0.0.0/8 or ::1/128", e);
        }
    }

    private static Set<InetAddress> ownAddresses() {
        Set<InetAddress> addresses = new HashSet<>();
        try {
            for (NetworkInterface network : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                addresses.addAll(Collections.list(network.getInetAddresses()));
            }
        } catch (SocketException e) {
            // no list of interfaces: loopback and private addresses are refused all the same
        }
        return addresses;
    }

    /** Why a callback is refused, as the answer's detail gives it after "hub.callback ". */
    public static final class RefusedCallback extends Exception {

        public RefusedCallback(String reason) {
            super(reason);
        }
    }
}
