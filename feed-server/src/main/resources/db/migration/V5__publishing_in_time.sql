-- Publishing in time: a draft is stored and never published; an article leaves every feed and
-- page at its expires instant. The index loads both with the dates, so the server knows without
-- reading any article's JSON which are public now and when the next one changes.
ALTER TABLE articles ADD COLUMN draft BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE articles ADD COLUMN expires TIMESTAMP WITH TIME ZONE;
