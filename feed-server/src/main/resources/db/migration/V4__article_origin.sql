-- Who owns each article: 'api' (written through /api/articles) or 'folder' (a file of
-- HERALD_CONTENT_DIR). Neither may overwrite or delete the other's. Rows from before this version
-- have no owner yet; the first write claims them.
ALTER TABLE articles ADD COLUMN origin VARCHAR(8);
