-- What the content folder's watcher last read from each file: its size and modification time
-- (and its wire-copy sidecar's), the ids it gave, and how files were read then (Herald's build
-- and the site's settings). A restart reads again only the files that differ; any change in how
-- files are read makes every file read again.
CREATE TABLE content_files (
    path             VARCHAR(2000) PRIMARY KEY,
    file_size        BIGINT NOT NULL,
    file_modified    BIGINT NOT NULL,
    sidecar_size     BIGINT NOT NULL,
    sidecar_modified BIGINT NOT NULL,
    article_ids      VARCHAR(1000000) NOT NULL,
    reading          VARCHAR(64) NOT NULL
);
