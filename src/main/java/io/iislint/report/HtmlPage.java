package io.iislint.report;

import io.iislint.text.Escape;
import io.iislint.text.Xml;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;

/**
 * What the HTML reports of {@code check} and {@code audit} share: the page around them, its one style sheet, bar
 * charts drawn as inline SVG, and the escaping of text from an input. A page is one file that needs nothing else:
 * no script, no image, no font, no style sheet from elsewhere. Its Content-Security-Policy forbids every request
 * ({@code default-src 'none'}) and allows only the page's own style sheet, by its hash: a style attribute, a
 * script or an element that loads something, had one come from an input unescaped, would be refused by the
 * browser, and the browser says so in its log (the browser check in {@code .ci/run} reads that log).
 */
public final class HtmlPage {
    private HtmlPage() {}

    /** Severity colours: error red, warning amber, info blue, nothing found green; a pool no file defines is grey. */
    static final String CSS = """
            :root{--err:#b71c1c;--err-bg:#fdecea;--warn:#8a5a00;--warn-bg:#fff4d6;--info:#0d47a1;--info-bg:#e3f0fd;\
            --ok:#1b5e20;--ok-bg:#e6f4e7;--line:#d0d4da;--muted:#5f6670}
            *{box-sizing:border-box}
            body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;color:#1d2125;\
            margin:0;padding:0 24px 40px;max-width:1280px}
            header{border-bottom:1px solid var(--line);padding:16px 0 8px;margin-bottom:8px}
            h1{font-size:22px;margin:0 0 4px}h2{font-size:18px;margin:28px 0 8px}h3{font-size:16px;margin:20px 0 6px}
            h4{font-size:14px;margin:14px 0 4px}
            p.summary{margin:0;font-weight:600}p.muted,.muted{color:var(--muted)}
            code,pre{font:12px/1.4 ui-monospace,"Cascadia Mono",Consolas,"DejaVu Sans Mono",monospace}
            pre{margin:2px 0;padding:3px 6px;background:#f5f6f8;border-radius:3px;white-space:pre-wrap;\
            overflow-wrap:anywhere}
            table{border-collapse:collapse;width:100%;margin:4px 0 8px}
            th,td{border:1px solid var(--line);padding:4px 6px;text-align:left;vertical-align:top;\
            overflow-wrap:anywhere}
            th{background:#f0f2f5;font-weight:600}
            table.findings{table-layout:fixed}col.c-at{width:22%}col.c-sev{width:84px}col.c-rule{width:190px}td.n{text-align:right;width:1%}
            .charts{display:flex;flex-wrap:wrap;gap:8px 32px}.charts figure{margin:0}
            figcaption{font-weight:600;margin:4px 0}
            svg text{font:12px system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;fill:#1d2125}
            svg .head{font-weight:600;fill:var(--muted)}
            .bar.error,.seg.fail{fill:var(--err)}.bar.warning,.seg.warn{fill:#e0a100}.bar.info,.seg.info{fill:#1e6fd9}
            .seg.unknown{fill:#9aa3ad}.seg.pass{fill:#43a047}
            .node rect{fill:var(--ok-bg);stroke:var(--ok);stroke-width:1.5}
            .node.error rect{fill:var(--err-bg);stroke:var(--err)}
            .node.warning rect{fill:var(--warn-bg);stroke:#c98a00}
            .node.info rect{fill:var(--info-bg);stroke:var(--info)}
            .node.missing rect{fill:#f0f0f0;stroke:#777;stroke-dasharray:4 3}
            .edge{fill:none;stroke:#9aa3ad;stroke-width:1.2}
            .sev{display:inline-block;white-space:nowrap;padding:0 6px;border-radius:3px;font-weight:600;font-size:12px}
            .sev.error,.r.fail,.v.NotReady{background:var(--err-bg);color:var(--err)}
            .sev.warning,.r.warn,.v.ConditionallyReady{background:var(--warn-bg);color:var(--warn)}
            .sev.info,.r.info{background:var(--info-bg);color:var(--info)}
            .r.pass,.v.Ready{background:var(--ok-bg);color:var(--ok)}.r.unknown,.v.Unknown{background:#eceff1;color:#37474f}
            td.r,td.v{font-weight:600;font-size:12px;white-space:nowrap}
            .legend span{margin-right:14px}.legend i{display:inline-block;width:11px;height:11px;border:1.5px solid;\
            margin-right:4px;vertical-align:-1px}
            .legend i.error{background:var(--err-bg);border-color:var(--err)}\
            .legend i.warning{background:var(--warn-bg);border-color:#c98a00}
            .legend i.info{background:var(--info-bg);border-color:var(--info)}\
            .legend i.none{background:var(--ok-bg);border-color:var(--ok)}
            .legend i.unknown{background:#eceff1;border-color:#9aa3ad}
            .legend i.missing{background:#f0f0f0;border-color:#777;border-style:dashed}
            table.evidence td:nth-child(-n+2){width:1%;white-space:nowrap}
            .fixl{font-size:11px;color:var(--muted);margin-top:4px}
            details{margin:6px 0}summary{cursor:pointer;font-weight:600}
            .scroll{overflow-x:auto}
            table.matrix{width:auto}table.matrix td{text-align:center}table.matrix th.target{text-align:center}
            table.matrix th.check{vertical-align:bottom;padding:6px 2px}
            table.matrix th.check span{writing-mode:vertical-rl;transform:rotate(180deg);white-space:nowrap}
            td.r.na{color:#9aa3ad;font-weight:400}
            footer{margin-top:32px;border-top:1px solid var(--line);padding-top:8px;color:var(--muted)}
            """;

    /** The policy: nothing may be fetched, run or submitted; the one style sheet is allowed by its hash. */
    static final String CSP = "default-src 'none'; style-src '" + hash(CSS) + "'; base-uri 'none'; form-action 'none'";

    /** Text from an input as HTML text or an attribute value: on one line (as {@link Escape#line} shows it), markup-free. */
    public static String esc(String s) {
        return Xml.escape(Escape.line(s));
    }

    /** The page up to and including {@code <body>}: a UTF-8 document that loads nothing. {@code generator}: iislint and its version. */
    public static String head(String title, String generator) {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta http-equiv=\"Content-Security-Policy\" content=\"" + CSP + "\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<meta name=\"generator\" content=\"" + esc(generator) + "\">\n"
                + "<title>" + esc(title) + "</title>\n<style>" + CSS + "</style>\n</head>\n<body>\n";
    }

    public static String foot(String generator) {
        return "<footer>Written by " + esc(generator)
                + ". This page loads nothing and runs no script; its Content-Security-Policy forbids both.</footer>\n"
                + "</body>\n</html>\n";
    }

    /** One bar of a chart: its label (from the tool, or escaped here), its count and its CSS class. */
    public record Bar(String label, long count, String css) {}

    private static final int LABEL_WIDTH = 230;
    private static final int BAR_WIDTH = 260;
    private static final int ROW = 20;

    /** Horizontal bars, longest = {@value #BAR_WIDTH} px; each bar's count is written after it and in data-count. */
    public static String bars(String caption, String kind, List<Bar> bars) {
        long max = 1;
        for (Bar b : bars) max = Math.max(max, b.count());
        int height = bars.size() * ROW + 4;
        int width = LABEL_WIDTH + BAR_WIDTH + 60;
        StringBuilder sb = new StringBuilder("<figure class=\"chart\" data-chart=\"" + kind + "\"><figcaption>"
                + esc(caption) + "</figcaption>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + width
                + "\" height=\"" + height + "\" viewBox=\"0 0 " + width + " " + height + "\" role=\"img\" aria-label=\""
                + esc(caption) + "\">\n");
        int y = 2;
        for (Bar b : bars) {
            long w = b.count() == 0 ? 0 : Math.max(2, Math.round((double) b.count() * BAR_WIDTH / max));
            sb.append("<g data-label=\"")
                    .append(esc(b.label()))
                    .append("\" data-count=\"")
                    .append(b.count())
                    .append("\"><title>")
                    .append(esc(b.label() + ": " + b.count()))
                    .append("</title><text x=\"0\" y=\"")
                    .append(y + 14)
                    .append("\">")
                    .append(esc(clip(b.label(), 32)))
                    .append("</text><rect class=\"bar ")
                    .append(b.css())
                    .append("\" x=\"")
                    .append(LABEL_WIDTH)
                    .append("\" y=\"")
                    .append(y + 3)
                    .append("\" width=\"")
                    .append(w)
                    .append("\" height=\"")
                    .append(ROW - 6)
                    .append("\"/><text x=\"")
                    .append(LABEL_WIDTH + w + 6)
                    .append("\" y=\"")
                    .append(y + 14)
                    .append("\">")
                    .append(b.count())
                    .append("</text></g>\n");
            y += ROW;
        }
        return sb.append("</svg></figure>\n").toString();
    }

    /** One part of a stacked bar: how many, and its CSS class (which names it in data-*). */
    public record Segment(long count, String css) {}

    /** One stacked bar: its label and its parts, in the order drawn. */
    public record Stack(String label, List<Segment> segments) {}

    /**
     * Stacked horizontal bars, all to one scale (the longest total = {@value #BAR_WIDTH} px); after each bar its
     * non-zero parts in words ({@code 3 fail, 1 warn}); each part's count is in the bar's data-CSS attribute.
     */
    public static String stacked(String caption, String kind, List<Stack> stacks) {
        long max = 1;
        for (Stack st : stacks)
            max = Math.max(max, st.segments().stream().mapToLong(Segment::count).sum());
        int height = stacks.size() * ROW + 4;
        int width = LABEL_WIDTH + BAR_WIDTH + 220;
        StringBuilder sb = new StringBuilder("<figure class=\"chart\" data-chart=\"" + kind + "\"><figcaption>"
                + esc(caption) + "</figcaption>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + width
                + "\" height=\"" + height + "\" viewBox=\"0 0 " + width + " " + height + "\" role=\"img\" aria-label=\""
                + esc(caption) + "\">\n");
        int y = 2;
        for (Stack st : stacks) {
            sb.append("<g data-label=\"").append(esc(st.label())).append('"');
            for (Segment seg : st.segments())
                sb.append(" data-")
                        .append(seg.css())
                        .append("=\"")
                        .append(seg.count())
                        .append('"');
            sb.append("><text x=\"0\" y=\"")
                    .append(y + 14)
                    .append("\">")
                    .append(esc(clip(st.label(), 32)))
                    .append("</text>");
            long at = 0;
            StringBuilder words = new StringBuilder();
            for (Segment seg : st.segments()) {
                if (seg.count() == 0) continue;
                long x0 = Math.round((double) at * BAR_WIDTH / max);
                at += seg.count();
                long x1 = Math.round((double) at * BAR_WIDTH / max);
                sb.append("<rect class=\"seg ")
                        .append(seg.css())
                        .append("\" x=\"")
                        .append(LABEL_WIDTH + x0)
                        .append("\" y=\"")
                        .append(y + 3)
                        .append("\" width=\"")
                        .append(Math.max(1, x1 - x0))
                        .append("\" height=\"")
                        .append(ROW - 6)
                        .append("\"/>");
                words.append(words.length() == 0 ? "" : ", ")
                        .append(seg.count())
                        .append(' ')
                        .append(seg.css());
            }
            sb.append("<text x=\"")
                    .append(LABEL_WIDTH + Math.round((double) at * BAR_WIDTH / max) + 6)
                    .append("\" y=\"")
                    .append(y + 14)
                    .append("\">")
                    .append(words)
                    .append("</text></g>\n");
            y += ROW;
        }
        return sb.append("</svg></figure>\n").toString();
    }

    /** At most {@code max} characters, the rest cut to an ellipsis (the whole text is in a title or a table). */
    static String clip(String s, int max) {
        return s.codePointCount(0, s.length()) <= max ? s : s.substring(0, s.offsetByCodePoints(0, max - 1)) + "…";
    }

    private static String hash(String css) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(css.getBytes(StandardCharsets.UTF_8));
            return "sha256-" + Base64.getEncoder().encodeToString(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
