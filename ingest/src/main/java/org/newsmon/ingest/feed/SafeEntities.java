package org.newsmon.ingest.feed;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Expands the entities of a DOCTYPE whose internal subset declares nothing but plain text entities
 * ({@code <!ENTITY name "text">}, the text without {@code &}, {@code %}, {@code <} or quotes, or a single character
 * reference), the rule feedparser applies, and removes the DOCTYPE, so the XML parser (which refuses DOCTYPEs, the
 * XXE and billion-laughs guard) can read the document. Anything else in the DOCTYPE (an external or parameter entity,
 * a reference inside a value, an external DTD) leaves the document as it is. The expansion is bounded: values hold no
 * references, and a result more than twice the input (plus 64 KiB) is abandoned. Stateless.
 */
final class SafeEntities {
    private SafeEntities() {}

    private static final Pattern DOCTYPE = Pattern.compile("<!DOCTYPE\\s+[\\w:.-]+\\s*\\[([^\\]]*)\\]\\s*>");
    private static final Pattern SAFE_ENTITY = Pattern.compile(
            "<!ENTITY\\s+([A-Za-z_][\\w.-]*)\\s+(?:\"(&#x?[0-9A-Fa-f]+;|[^&%<\"]*)\"|'(&#x?[0-9A-Fa-f]+;|[^&%<']*)')\\s*>");
    private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
    private static final Pattern REFERENCE = Pattern.compile("&([A-Za-z_][\\w.-]*);");

    /** {@code xml} with its safe DOCTYPE entities expanded; {@code xml} itself when there are none or any is unsafe. */
    static String expand(String xml) {
        int head = Math.min(xml.length(), 64 * 1024);
        Matcher doctype = DOCTYPE.matcher(xml).region(0, head);
        if (!doctype.find()) {
            return xml;
        }
        String subset = COMMENT.matcher(doctype.group(1)).replaceAll("").strip();
        Map<String, String> entities = new HashMap<>();
        Matcher entity = SAFE_ENTITY.matcher(subset);
        int end = 0;
        while (entity.find() && subset.substring(end, entity.start()).isBlank()) {
            entities.put(entity.group(1), entity.group(2) != null ? entity.group(2) : entity.group(3));
            end = entity.end();
        }
        if (entities.isEmpty() || !subset.substring(end).isBlank()) {
            return xml;
        }
        String rest = xml.substring(doctype.end());
        StringBuilder out = new StringBuilder(xml.length()).append(xml, 0, doctype.start());
        Matcher ref = REFERENCE.matcher(rest);
        int last = 0;
        while (ref.find()) {
            String value = entities.get(ref.group(1));
            if (value == null) {
                continue; // a predefined or undeclared entity: the XML parser judges it
            }
            out.append(rest, last, ref.start()).append(value);
            last = ref.end();
            if (out.length() > 2L * xml.length() + 64 * 1024) {
                return xml;
            }
        }
        return out.append(rest, last, rest.length()).toString();
    }
}
