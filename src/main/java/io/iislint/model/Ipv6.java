package io.iislint.model;

import java.util.Locale;
import java.util.Optional;

/** IPv6 addresses as text: one canonical spelling for each address (RFC 5952), so that two spellings compare equal. */
final class Ipv6 {
    private Ipv6() {}

    /**
     * The canonical text of an address (lower-case hex, leading zeros dropped, the longest run of two or more zero
     * groups as {@code ::}, a zone index kept as written), or empty when the text is not an IPv6 address.
     */
    static Optional<String> canonical(String text) {
        String zone = "";
        int percent = text.indexOf('%');
        if (percent >= 0) {
            zone = text.substring(percent);
            text = text.substring(0, percent);
            if (zone.length() < 2) return Optional.empty();
        }
        int gap = text.indexOf("::");
        if (gap >= 0 && text.indexOf("::", gap + 1) >= 0) return Optional.empty();
        java.util.List<Integer> head = new java.util.ArrayList<>();
        java.util.List<Integer> tail = new java.util.ArrayList<>();
        boolean ok = gap < 0
                ? groups(text, head, true)
                : groups(text.substring(0, gap), head, false) && groups(text.substring(gap + 2), tail, true);
        if (!ok || (gap < 0 ? head.size() != 8 : head.size() + tail.size() > 7)) return Optional.empty();
        int[] groups = new int[8];
        for (int i = 0; i < head.size(); i++) groups[i] = head.get(i);
        for (int i = 0; i < tail.size(); i++) groups[8 - tail.size() + i] = tail.get(i);
        return Optional.of(spell(groups) + zone);
    }

    /**
     * The 16-bit groups of {@code part} ({@code 2001:db8}, or nothing when empty) into {@code out}; an IPv4 address may
     * end it when {@code last} (it is the end of the address). False when it is not groups of 1–4 hex digits.
     */
    private static boolean groups(String part, java.util.List<Integer> out, boolean last) {
        if (part.isEmpty()) return true;
        String[] parts = part.split(":", -1);
        for (int i = 0; i < parts.length; i++) {
            String p = parts[i];
            if (last && i == parts.length - 1 && p.contains(".")) {
                String[] octets = p.split("\\.", -1);
                if (octets.length != 4) return false;
                int[] b = new int[4];
                for (int k = 0; k < 4; k++) {
                    if (!Digits.upTo(octets[k], 3) || Integer.parseInt(octets[k]) > 255) return false;
                    b[k] = Integer.parseInt(octets[k]);
                }
                out.add((b[0] << 8) | b[1]);
                out.add((b[2] << 8) | b[3]);
                continue;
            }
            if (p.isEmpty() || p.length() > 4 || !p.chars().allMatch(c -> Character.digit(c, 16) >= 0)) return false;
            out.add(Integer.parseInt(p, 16));
        }
        return true;
    }

    private static String spell(int[] groups) {
        int bestStart = -1, bestLength = 1; // a single zero group is not compressed
        for (int i = 0; i < 8; ) {
            if (groups[i] != 0) {
                i++;
                continue;
            }
            int j = i;
            while (j < 8 && groups[j] == 0) j++;
            if (j - i > bestLength) {
                bestStart = i;
                bestLength = j - i;
            }
            i = j;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                sb.append("::");
                i += bestLength - 1;
                continue;
            }
            if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ':') sb.append(':');
            sb.append(Integer.toHexString(groups[i]));
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }
}
