-- One row per article: its JSON as core's strict reader reads it, and the columns feeds sort and filter by.
CREATE TABLE articles (
    id        VARCHAR(120) PRIMARY KEY,
    published TIMESTAMP WITH TIME ZONE NOT NULL,
    updated   TIMESTAMP WITH TIME ZONE,
    json      TEXT NOT NULL
);
CREATE INDEX articles_published ON articles (published DESC);
