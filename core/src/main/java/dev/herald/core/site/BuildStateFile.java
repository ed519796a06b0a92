package dev.herald.core.site;

import dev.herald.core.io.SiteUpdate;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.CRC32C;

/**
 * The file of a {@link BuildState}, hidden beside the site folder ({@code .NAME.herald-build}).
 * Deleting it is safe: the next build is then a full one. A plain binary layout of the fields,
 * read and written in one pass (Java serialization took seconds for the 100,000 articles of a
 * large site). The fingerprint comes first, so a state of another Herald or other settings is
 * refused before the rest is read; then the {@link BuildState.Head head}, so a build that finds
 * nothing changed need not wait for the articles; then the articles, file by file, in two halves
 * read at once (the offset of the second comes last). A CRC-32C of the whole ends it. What
 * follows the fingerprint is {@link BuildStateWriter}'s to write and {@link BuildStateReader}'s to
 * read.
 */
public final class BuildStateFile {

    private static final String MAGIC = "herald-build-state 7";

    private BuildStateFile() {
    }

    /** The state, or why there is none that can be used. */
    public record Loaded(BuildState state, String unusable) {
    }

    /** The state file of the site folder {@code site}: beside it, hidden. */
    public static Path fileOf(Path site) {
        return SiteUpdate.stateFileOf(site);
    }

    /**
     * The state in {@code file} if it was made under {@code fingerprint}; else, or when it is
     * missing or unreadable, why it cannot be used.
     */
    public static Loaded read(Path file, Map<String, String> fingerprint) {
        return read(file, fingerprint, head -> { });
    }

    /**
     * The state in {@code file}, as {@link #read(Path, Map)}; {@code headFirst} hears its {@link
     * BuildState.Head head} as soon as that is read (never when the fingerprint differs or the
     * file is unreadable), and the rest is read once it returns.
     */
    public static Loaded read(Path file, Map<String, String> fingerprint, Consumer<BuildState.Head> headFirst) {
        try {
            StateInput in = open(file, true); // mapped: nothing to close once the channel is
            Map<String, String> made = readFingerprint(in);
            String changed = changedPart(made, fingerprint);
            if (changed != null) {
                return new Loaded(null, changed + " changed since the last build");
            }
            BuildStateReader reader = new BuildStateReader(in);
            BuildStateReader.HeadWithProblems head = reader.head();
            headFirst.accept(head.head());
            return new Loaded(reader.rest(made, head), null);
        } catch (IOException | RuntimeException e) {
            return new Loaded(null, unusable(file, e));
        }
    }

    /**
     * Why the state in {@code file} was not made under {@code fingerprint}, from its first bytes
     * alone, or null when it was: a quick look before a build starts, which vouches for nothing
     * further on (the checksum and the rest are {@link #read(Path, Map) read} later).
     */
    public static String refusedFingerprint(Path file, Map<String, String> fingerprint) {
        try {
            String changed = changedPart(readFingerprint(open(file, false)), fingerprint);
            return changed == null ? null : changed + " changed since the last build";
        } catch (IOException | RuntimeException e) {
            return unusable(file, e);
        }
    }

    // none; or a truncated or scribbled file, or one of another Herald: start afresh
    private static String unusable(Path file, Exception e) {
        return e instanceof NoSuchFileException ? "there is no build state beside it"
                : "its build state " + file + " is unreadable";
    }

    /** Writes {@code state} to {@code file}: a temporary file moved there, never half-written. */
    public static void write(BuildState state, Path file) throws IOException {
        Path temporary = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
        try {
            writeWhole(state, temporary);
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static void writeWhole(BuildState state, Path file) throws IOException {
        try (OutputStream stream = Files.newOutputStream(file)) {
            StateOutput out = new StateOutput(stream);
            out.writeString(MAGIC);
            out.writeInt(state.fingerprint().size());
            for (Map.Entry<String, String> part : state.fingerprint().entrySet()) {
                out.writeString(part.getKey());
                out.writeString(part.getValue());
            }
            BuildStateWriter.write(state, out);
            out.flush();
            stream.write(ByteBuffer.allocate(Long.BYTES).putLong(out.checksum()).array());
        }
    }

    // the first part that differs, by its name
    private static String changedPart(Map<String, String> before, Map<String, String> now) {
        for (Map.Entry<String, String> part : now.entrySet()) {
            if (!part.getValue().equals(before.get(part.getKey()))) {
                return part.getKey();
            }
        }
        return before.keySet().equals(now.keySet()) ? null : "Herald";
    }

    /** The fingerprint alone. */
    private static Map<String, String> readFingerprint(StateInput in) throws IOException {
        if (!MAGIC.equals(in.readString())) {
            throw new IOException("not a build state of this Herald");
        }
        int parts = in.readCount();
        Map<String, String> fingerprint = new LinkedHashMap<>();
        for (int i = 0; i < parts; i++) {
            fingerprint.put(in.readString(), in.readString());
        }
        return fingerprint;
    }

    /**
     * The whole file, to be read from the start, once its checksum is found right if {@code
     * checked}: a head read alone must not vouch for a file cut short or scribbled on further on.
     */
    private static StateInput open(Path file, boolean checked) throws IOException {
        ByteBuffer bytes;
        // mapped, not copied: a large site's state is tens of megabytes, of which an unchanged
        // build reads only the head
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            if (size < Long.BYTES || size > Integer.MAX_VALUE) {
                throw new IOException("not the size of a build state: " + size);
            }
            bytes = channel.map(FileChannel.MapMode.READ_ONLY, 0, size);
        }
        int length = bytes.capacity() - Long.BYTES;
        if (!checked) {
            return new StateInput(bytes.duplicate().limit(length));
        }
        CRC32C checksum = new CRC32C();
        checksum.update(bytes.duplicate().limit(length));
        if (bytes.getLong(length) != checksum.getValue()) {
            throw new IOException("its checksum is wrong");
        }
        return new StateInput(bytes.duplicate().limit(length));
    }
}
