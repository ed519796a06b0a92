-- What replicas sharing one database need to stay in step.
-- store_state: one row; every write raises revision and moves changed_at. Writers update this row
-- first, so its lock orders their commits and revisions become visible in order.
CREATE TABLE store_state (
    id         INTEGER PRIMARY KEY,
    revision   BIGINT NOT NULL,
    changed_at TIMESTAMP WITH TIME ZONE NOT NULL
);
INSERT INTO store_state (id, revision, changed_at) VALUES (1, 0, TIMESTAMP WITH TIME ZONE '1970-01-01 00:00:00+00');
-- The revision that last wrote or deleted each article id: a replica asks for ids changed since
-- the revision it has seen.
CREATE TABLE article_changes (
    article_id VARCHAR(120) PRIMARY KEY,
    revision   BIGINT NOT NULL
);
CREATE INDEX article_changes_revision ON article_changes (revision);
