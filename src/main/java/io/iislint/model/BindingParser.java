package io.iislint.model;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Parses {@code bindingInformation}. For http, https and ftp it is {@code ip:port:host}: {@code ip} is
 * {@code *}, an IPv4 address or a bracketed IPv6 address; {@code port} 1–65535; {@code host} may be empty.
 * Other protocols (net.tcp, net.pipe, msmq…) have their own formats and are only checked for being non-empty.
 */
public final class BindingParser {
    private static final Pattern IPV4 =
            Pattern.compile("(25[0-5]|2[0-4]\\d|1?\\d?\\d)(\\.(25[0-5]|2[0-4]\\d|1?\\d?\\d)){3}");
    /**
     * A host name, or a wildcard one whose left-most label is {@code *} (IIS 10: {@code *.contoso.com}), or {@code *}
     * alone, which HTTP.sys reads as any host name and real IIS Express files write ({@code :8080:*}).
     */
    private static final Pattern HOST = Pattern.compile("\\*|(\\*\\.)?[A-Za-z0-9._\\-]*");

    /** Either an endpoint or the reason there is none. */
    public record Result(Optional<Site.Endpoint> endpoint, Optional<String> problem) {
        static Result ok(Site.Endpoint e) {
            return new Result(Optional.of(e), Optional.empty());
        }

        static Result bad(String why) {
            return new Result(Optional.empty(), Optional.of(why));
        }

        static Result unparsed() {
            return new Result(Optional.empty(), Optional.empty());
        }
    }

    private BindingParser() {}

    public static boolean isIpPortHost(String protocol) {
        String p = protocol.toLowerCase(Locale.ROOT);
        return p.equals("http") || p.equals("https") || p.equals("ftp");
    }

    public static Result parse(String protocol, String info) {
        if (protocol.isBlank()) return Result.bad("the binding has no protocol");
        if (info.isBlank()) return Result.bad("the binding has no bindingInformation");
        if (!isIpPortHost(protocol)) return Result.unparsed();
        String ip;
        String rest;
        if (info.startsWith("[")) {
            int close = info.indexOf(']');
            if (close < 0 || close + 1 >= info.length() || info.charAt(close + 1) != ':') {
                return Result.bad("malformed IPv6 address; expected [address]:port:host");
            }
            ip = info.substring(0, close + 1);
            rest = info.substring(close + 2);
        } else {
            int colon = info.indexOf(':');
            if (colon < 0) return Result.bad("expected ip:port:host, e.g. *:80:www.example.com");
            if (info.chars().filter(c -> c == ':').count() > 2) {
                return Result.bad("an IPv6 address must be written in brackets: [address]:port:host");
            }
            ip = info.substring(0, colon);
            rest = info.substring(colon + 1);
        }
        int colon = rest.indexOf(':');
        if (colon < 0)
            return Result.bad("expected ip:port:host (the host part may be empty, but its colon is required)");
        String port = rest.substring(0, colon);
        String host = rest.substring(colon + 1);
        Optional<String> v6 = ip.startsWith("[") ? Ipv6.canonical(ip.substring(1, ip.length() - 1)) : Optional.empty();
        if (!(ip.equals("*") || ip.isEmpty() || IPV4.matcher(ip).matches() || v6.isPresent())) {
            return Result.bad("'" + ip + "' is not an IP address or *");
        }
        if (!Digits.upTo(port, 5) || Integer.parseInt(port) < 1 || Integer.parseInt(port) > 65535) {
            return Result.bad("'" + port + "' is not a port number from 1 to 65535");
        }
        if (!HOST.matcher(host).matches()) return Result.bad("'" + host + "' is not a valid host name");
        // the endpoint's address is the address, whatever its spelling: [0:0:0:0:0:0:0:1] is [::1] to HTTP.sys
        String address = ip.isEmpty() ? "*" : v6.map(a -> "[" + a + "]").orElse(ip);
        return Result.ok(new Site.Endpoint(address, Integer.parseInt(port), host.toLowerCase(Locale.ROOT)));
    }
}
