package org.newsmon.ingest.feed;

/**
 * How deep the elements of an XML text nest, told in one linear pass over the characters, before any parser builds a
 * tree: jdom2's builder checks every added element against all its ancestors, so its time grows with the square of
 * the depth (a 7 MB feed of nested elements held a thread for minutes). Tolerant of tag soup, like the lenient
 * parser: comments, CDATA, processing instructions and declarations are skipped, quoted {@code >} inside a tag is not
 * its end, unmatched end tags never take the depth below zero. Stateless.
 */
final class XmlDepth {
    private XmlDepth() {}

    /** Whether elements in {@code xml} nest deeper than {@code limit}; stops reading at the first that does. */
    static boolean exceeds(String xml, int limit) {
        int depth = 0;
        int n = xml.length();
        int i = xml.indexOf('<');
        while (i >= 0 && i < n - 1) {
            char next = xml.charAt(i + 1);
            int end;
            if (xml.startsWith("<!--", i)) {
                end = endOf(xml, "-->", i + 4);
            } else if (xml.startsWith("<![CDATA[", i)) {
                end = endOf(xml, "]]>", i + 9);
            } else if (next == '?') {
                end = endOf(xml, "?>", i + 2);
            } else if (next == '!') {
                end = endOf(xml, ">", i + 2);
            } else if (next == '/') {
                depth = Math.max(0, depth - 1);
                end = endOf(xml, ">", i + 2);
            } else if (Character.isLetter(next) || next == '_' || next == ':') {
                end = endOfTag(xml, i + 1);
                if (end < 0) {
                    return false; // an unterminated tag: nothing nests below it
                }
                if (xml.charAt(end - 1) != '/' && ++depth > limit) {
                    return true;
                }
                end++;
            } else {
                end = i + 1; // a stray '<' in text
            }
            if (end < 0) {
                return false;
            }
            i = xml.indexOf('<', end);
        }
        return false;
    }

    /** The index just past {@code terminator} at or after {@code from}, or -1. */
    private static int endOf(String xml, String terminator, int from) {
        int at = xml.indexOf(terminator, from);
        return at < 0 ? -1 : at + terminator.length();
    }

    /** The index of the {@code >} that closes the tag whose name starts at {@code from}, skipping quoted values; or -1. */
    private static int endOfTag(String xml, int from) {
        for (int k = from; k < xml.length(); k++) {
            char c = xml.charAt(k);
            if (c == '>') {
                return k;
            }
            if (c == '"' || c == '\'') {
                k = xml.indexOf(c, k + 1);
                if (k < 0) {
                    return -1;
                }
            }
        }
        return -1;
    }
}
