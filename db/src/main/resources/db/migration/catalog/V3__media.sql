-- Multimodal sources (issue 4): where elements and chunks sit on a page or in a
-- recording, and the images (scanned pages, figures, keyframes) that citations show.

ALTER TABLE element ADD COLUMN box real[];
ALTER TABLE element ADD COLUMN start_ms bigint;
ALTER TABLE element ADD COLUMN end_ms bigint;
ALTER TABLE element ADD COLUMN asset text;

-- {"regions": [{"page": 1, "box": {...}, "asset": "..."}], "time": {"startMs": .., "endMs": ..}}
ALTER TABLE chunk ADD COLUMN location jsonb NOT NULL DEFAULT '{}';

CREATE TABLE media_asset (
    document_id     bigint  NOT NULL REFERENCES document (id) ON DELETE CASCADE,
    key             text    NOT NULL,
    kind            text    NOT NULL CHECK (kind IN ('PAGE_IMAGE', 'FIGURE', 'FRAME')),
    page            integer NOT NULL,
    box             real[],
    start_ms        bigint,
    end_ms          bigint,
    media_type      text    NOT NULL,
    width           integer NOT NULL,
    height          integer NOT NULL,
    perceptual_hash bigint  NOT NULL,
    bytes           bytea   NOT NULL,
    PRIMARY KEY (document_id, key)
);

-- Images are compressed already.
ALTER TABLE media_asset ALTER COLUMN bytes SET STORAGE EXTERNAL;
CREATE INDEX media_asset_document_page_idx ON media_asset (document_id, page);

-- What an ingest could not do without failing (no speech recognizer, a skipped image).
ALTER TABLE document ADD COLUMN notes text[] NOT NULL DEFAULT '{}';
