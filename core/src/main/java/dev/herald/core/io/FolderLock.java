package dev.herald.core.io;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One build of a folder at a time: an exclusive lock on {@code .NAME.herald-lock} beside it, held
 * until closed. The operating system lets go of it when the process ends, however it ends, so a
 * killed build never leaves the folder locked. Two builds of one folder would otherwise clear each
 * other's staging folders as leftovers.
 */
public final class FolderLock implements AutoCloseable {

    private final FileChannel channel;

    private FolderLock(FileChannel channel) {
        this.channel = channel;
    }

    /**
     * Locks {@code folder}, waiting for a build that holds it to finish; {@code waiting} runs
     * first when that is so.
     */
    public static FolderLock acquire(Path folder, Runnable waiting) throws IOException {
        Path absolute = folder.toAbsolutePath().normalize();
        Files.createDirectories(absolute.getParent());
        Path file = absolute.resolveSibling("." + absolute.getFileName() + ".herald-lock");
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        try {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                waiting.run();
                channel.lock();
            }
            return new FolderLock(channel);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    @Override
    public void close() throws IOException {
        channel.close(); // releases the lock
    }
}
