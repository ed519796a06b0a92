package dev.herald.server.store;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the content folder's watcher read from each file, kept in the store so that a restart
 * reads again only the files that changed while the server was down.
 */
@ApplicationScoped
public class ContentFileStore {

    /**
     * One file as last read: sizes and modification times (nanoseconds since the epoch; -1 and 0
     * for a sidecar that is absent), and the ids of the articles it gave.
     *
     * @param path the file's path inside the content folder, with {@code /} between names
     */
    public record ReadFile(String path, long size, long modified, long sidecarSize, long sidecarModified,
            List<String> ids) {
    }

    private final ActiveDataSource dataSources;

    public ContentFileStore(ActiveDataSource dataSources) {
        this.dataSources = dataSources;
    }

    /**
     * The files as last read, if they were read the way {@code reading} names; when any was read
     * another way (another build of Herald, other settings) every row is forgotten and none given.
     */
    public Map<String, ReadFile> load(String reading) {
        return SqlWork.run(dataSources, "read what the content folder gave", connection -> {
            Map<String, ReadFile> files = new HashMap<>();
            boolean stale = false;
            try (PreparedStatement select = connection.prepareStatement("SELECT path, file_size, file_modified,"
                    + " sidecar_size, sidecar_modified, article_ids, reading FROM content_files");
                    ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    stale |= !reading.equals(rows.getString(7));
                    String ids = rows.getString(6);
                    files.put(rows.getString(1), new ReadFile(rows.getString(1), rows.getLong(2), rows.getLong(3),
                            rows.getLong(4), rows.getLong(5), ids.isEmpty() ? List.of() : Arrays.asList(ids.split("\n"))));
                }
            }
            if (stale) {
                try (PreparedStatement delete = connection.prepareStatement("DELETE FROM content_files")) {
                    delete.executeUpdate();
                }
                return Map.of();
            }
            return files;
        });
    }

    /** Keeps these files as read now, the way {@code reading} names, and forgets the {@code gone} ones. */
    public void remember(Collection<ReadFile> files, Collection<String> gone, String reading) {
        if (files.isEmpty() && gone.isEmpty()) {
            return;
        }
        SqlWork.run(dataSources, "keep what the content folder gave", connection -> {
            connection.setAutoCommit(false);
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM content_files WHERE path = ?");
                    PreparedStatement insert = connection.prepareStatement("INSERT INTO content_files (path, file_size,"
                            + " file_modified, sidecar_size, sidecar_modified, article_ids, reading)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                for (String path : gone) {
                    delete.setString(1, path);
                    delete.addBatch();
                }
                for (ReadFile file : files) {
                    delete.setString(1, file.path());
                    delete.addBatch();
                    insert.setString(1, file.path());
                    insert.setLong(2, file.size());
                    insert.setLong(3, file.modified());
                    insert.setLong(4, file.sidecarSize());
                    insert.setLong(5, file.sidecarModified());
                    insert.setString(6, String.join("\n", file.ids()));
                    insert.setString(7, reading);
                    insert.addBatch();
                }
                delete.executeBatch();
                insert.executeBatch();
                connection.commit();
            } catch (java.sql.SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
            return null;
        });
    }
}
