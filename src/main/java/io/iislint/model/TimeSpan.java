package io.iislint.model;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An IIS time span, held in whole seconds. IIS writes {@code [d.]hh:mm:ss}; {@code 1.05:00:00} and
 * {@code 29:00:00} are the same value.
 */
public record TimeSpan(long seconds) implements Comparable<TimeSpan> {

    public static final TimeSpan ZERO = new TimeSpan(0);

    // Bounded digit runs: a value IIS would refuse must be refused here, never overflow (found by fuzzing).
    private static final Pattern FORMAT =
            Pattern.compile("(?:(\\d{1,8})\\.)?(\\d{1,9}):(\\d{1,2})(?::(\\d{1,2})(?:\\.(\\d{1,7}))?)?");
    private static final Pattern DAYS_ONLY = Pattern.compile("\\d+");

    public static TimeSpan ofMinutes(long minutes) {
        return new TimeSpan(minutes * 60);
    }

    /** Parses IIS's forms: {@code hh:mm:ss}, {@code d.hh:mm:ss}, fractions of a second, {@code hh:mm}, {@code d}. */
    public static Optional<TimeSpan> parse(String text) {
        String t = text.trim();
        if (DAYS_ONLY.matcher(t).matches() && t.length() < 8) {
            return Optional.of(new TimeSpan(Long.parseLong(t) * 86_400));
        }
        Matcher m = FORMAT.matcher(t);
        if (!m.matches()) return Optional.empty();
        long days = m.group(1) == null ? 0 : Long.parseLong(m.group(1));
        long hours = Long.parseLong(m.group(2));
        long minutes = Long.parseLong(m.group(3));
        long secs = m.group(4) == null ? 0 : Long.parseLong(m.group(4));
        // With a day part, IIS requires hours < 24; without one, it accepts any hour count (29:00:00).
        if ((m.group(1) != null && hours > 23) || minutes > 59 || secs > 59 || t.length() > 20) return Optional.empty();
        return Optional.of(new TimeSpan(((days * 24 + hours) * 60 + minutes) * 60 + secs));
    }

    public boolean isZero() {
        return seconds == 0;
    }

    @Override
    public int compareTo(TimeSpan o) {
        return Long.compare(seconds, o.seconds);
    }

    /** IIS's canonical form: {@code 1.05:00:00}, {@code 00:20:00}. */
    @Override
    public String toString() {
        long d = seconds / 86_400;
        long h = seconds / 3600 % 24;
        long m = seconds / 60 % 60;
        long s = seconds % 60;
        StringBuilder sb = new StringBuilder(16); // by hand: String.format costs more than the rest of a finding
        if (d > 0) sb.append(d).append('.');
        twoDigits(sb, h).append(':');
        twoDigits(sb, m).append(':');
        return twoDigits(sb, s).toString();
    }

    private static StringBuilder twoDigits(StringBuilder sb, long v) {
        return sb.append((char) ('0' + v / 10)).append((char) ('0' + v % 10));
    }
}
