package org.newsmon.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Local files read the way ingest reads HTTP bodies: at most a given number of bytes, counted after gunzipping a
 * {@code .gz} file, so that {@code /dev/zero}, a named pipe or a gzip bomb ends with an error instead of filling the
 * heap. Failures are {@link IOException}s whose message is a sentence naming the file. Stateless.
 */
public final class LocalFiles {
    private LocalFiles() {}

    /** The bytes of {@code file} (gunzipped when its name ends in .gz), or "-" for standard input. */
    public static byte[] read(String file, int maxBytes) throws IOException {
        if (file.equals("-")) {
            return bounded(System.in, "standard input", maxBytes);
        }
        Path path = Path.of(file);
        if (Files.isDirectory(path)) {
            throw new IOException(file + " is a directory");
        }
        try (InputStream raw = Files.newInputStream(path);
             InputStream in = file.toLowerCase(Locale.ROOT).endsWith(".gz") ? new GZIPInputStream(raw) : raw) {
            return bounded(in, file, maxBytes);
        } catch (NoSuchFileException e) {
            throw new IOException("no such file: " + file, e);
        } catch (AccessDeniedException e) {
            throw new IOException("permission denied: " + file, e);
        } catch (ZipException | java.io.EOFException e) {
            throw new IOException(file + " is not a complete gzip file (" + e.getMessage() + ")", e);
        }
    }

    private static byte[] bounded(InputStream in, String name, int maxBytes) throws IOException {
        byte[] data = in.readNBytes(maxBytes + 1);
        if (data.length > maxBytes) {
            throw new IOException(name + " is larger than " + maxBytes + " bytes, the limit for one document");
        }
        return data;
    }
}
