package io.iislint.text;

/**
 * Text written into Markdown as GitHub renders it (CommonMark with GitHub's tables), read as nothing but text.
 * For one line of text: a caller that writes input text passes it through {@link Escape#line} first.
 */
public final class Markdown {
    private Markdown() {}

    /**
     * Backslash-escapes what Markdown could read as markup inside a line: emphasis, table cells, code spans, links and
     * images, HTML (a tag or comment would vanish from the page), entity references (which can spell any character)
     * and strike-through. A line's start is the caller's, so headings, lists and quotes cannot begin here.
     */
    public static String text(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ("\\|*_`[]<>&~".indexOf(c) >= 0) sb.append('\\');
            sb.append(c);
        }
        return sb.toString();
    }

    /**
     * A code span in a table cell: backslashes mean nothing inside a span, so it is fenced with more backticks than
     * the text holds in a row (padded when it starts or ends with one); only {@code |} is escaped, as a GitHub table
     * cell would otherwise end there, span or not.
     */
    public static String codeInTable(String s) {
        String fence = "`".repeat(longestRun(s, '`') + 1);
        boolean pad = s.startsWith("`") || s.endsWith("`");
        return fence + (pad ? " " + s + " " : s).replace("|", "\\|") + fence;
    }

    /**
     * A fenced code block, lines kept as they are; the fence is longer than any run of backticks in the code, so
     * nothing in it can end the block. {@code language} names the highlighting (xml, powershell …), or is empty.
     */
    public static String codeBlock(String language, String code) {
        String fence = "`".repeat(Math.max(3, longestRun(code, '`') + 1));
        return fence + language + "\n" + code + "\n" + fence + "\n";
    }

    private static int longestRun(String s, char c) {
        int longest = 0;
        int run = 0;
        for (int i = 0; i < s.length(); i++) {
            run = s.charAt(i) == c ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        return longest;
    }
}
