-- A subtitle file (.srt, .vtt) uploaded with a video: kept with the document so a
-- resumed or repeated ingest reads the same subtitles.
CREATE TABLE document_sidecar (
    document_id bigint PRIMARY KEY REFERENCES document (id) ON DELETE CASCADE,
    file_name   text   NOT NULL,
    content     text   NOT NULL
);
