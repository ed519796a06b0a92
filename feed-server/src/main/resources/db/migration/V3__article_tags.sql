-- The article's tag labels as a JSON array, so the server's index of every article (id, dates,
-- tags) loads without reading the articles' text. Rows from before are filled in at start.
ALTER TABLE articles ADD COLUMN tags TEXT;
