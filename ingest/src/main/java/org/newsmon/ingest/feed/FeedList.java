package org.newsmon.ingest.feed;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/** Reads the operator's feed list: OPML files, text files of URLs, and URLs. Stateless. */
public final class FeedList {
    private FeedList() {}

    /**
     * The feed URLs named by {@code args}, in order, without repeats. Each argument is an http(s) URL, an OPML file
     * (every {@code <outline xmlUrl>}) or a text file with one URL per line ({@code #} starts a comment).
     *
     * @throws IOException naming the argument (and line) that is neither a readable file nor an http(s) URL
     */
    public static List<URI> parse(List<String> args) throws IOException {
        Set<URI> feeds = new LinkedHashSet<>();
        for (String arg : args) {
            String a = arg.strip();
            if (isHttpUrl(a)) {
                feeds.add(toUri(a, arg));
                continue;
            }
            Path file = Path.of(a);
            if (!Files.isRegularFile(file)) {
                throw new IOException("'" + arg + "' is neither an http(s) URL nor a readable file");
            }
            String text = Files.readString(file, StandardCharsets.UTF_8);
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            feeds.addAll(text.stripLeading().startsWith("<") ? fromOpml(text, file) : fromLines(text, file));
        }
        return List.copyOf(feeds);
    }

    private static List<URI> fromOpml(String xml, Path file) throws IOException {
        // jsoup's XML parser never resolves entities or DTDs: an OPML file cannot pull in anything.
        Document doc = Jsoup.parse(xml, "", Parser.xmlParser());
        List<URI> out = new ArrayList<>();
        for (Element outline : doc.select("outline")) {
            String url = outline.attr("xmlUrl").strip();
            if (url.isEmpty()) {
                url = outline.attr("xmlurl").strip();
            }
            if (url.isEmpty()) {
                continue; // a folder, or a plain link
            }
            if (!isHttpUrl(url)) {
                throw new IOException(file + ": outline '" + outline.attr("text") + "' has xmlUrl '" + url
                        + "', not an http(s) URL");
            }
            out.add(toUri(url, file + " outline " + outline.attr("text")));
        }
        if (out.isEmpty()) {
            throw new IOException(file + ": an OPML file without any <outline xmlUrl=...>");
        }
        return out;
    }

    private static List<URI> fromLines(String text, Path file) throws IOException {
        List<URI> out = new ArrayList<>();
        String[] lines = text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int hash = line.indexOf('#');
            // '#' starts a comment only at the start or after a space: URLs may carry fragments.
            if (hash == 0 || (hash > 0 && Character.isWhitespace(line.charAt(hash - 1)))) {
                line = line.substring(0, hash);
            }
            line = line.strip();
            if (line.isEmpty()) {
                continue;
            }
            if (!isHttpUrl(line)) {
                throw new IOException(file + ":" + (i + 1) + ": '" + line + "' is not an http(s) URL");
            }
            out.add(toUri(line, file + ":" + (i + 1)));
        }
        return out;
    }

    public static boolean isHttpUrl(String s) {
        String lower = s.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }

    private static URI toUri(String url, String where) throws IOException {
        try {
            URI uri = new URI(url);
            if (uri.getHost() == null) {
                throw new IOException(where + ": '" + url + "' has no host");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new IOException(where + ": '" + url + "' is not a valid URL: " + e.getMessage(), e);
        }
    }
}
