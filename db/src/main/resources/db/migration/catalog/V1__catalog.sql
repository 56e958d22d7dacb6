-- Cairn catalog: the system of record in both storage modes (DESIGN.md sections 2 and 3).
-- Statuses and states are stored as the Java enum names.

CREATE TABLE collection (
    id         bigserial   PRIMARY KEY,
    name       text        NOT NULL UNIQUE,
    language   text        NOT NULL,
    profile    text        NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE document (
    id            bigserial   PRIMARY KEY,
    collection_id bigint      NOT NULL REFERENCES collection (id) ON DELETE CASCADE,
    title         text        NOT NULL,
    file_name     text        NOT NULL,
    media_type    text        NOT NULL,
    byte_size     bigint      NOT NULL,
    sha256        text        NOT NULL,
    status        text        NOT NULL CHECK (status IN ('QUEUED', 'PROCESSING', 'READY', 'FAILED')),
    profile       text        NOT NULL,
    page_count    integer     NOT NULL DEFAULT 0,
    chunk_count   integer     NOT NULL DEFAULT 0,
    metadata      jsonb       NOT NULL DEFAULT '{}',
    error         text,
    created_at    timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now(),
    -- Makes concurrent uploads of the same bytes safe: exactly one insert wins.
    CONSTRAINT document_collection_sha256_key UNIQUE (collection_id, sha256)
);

CREATE INDEX document_status_idx ON document (status);

CREATE TABLE document_content (
    document_id bigint PRIMARY KEY REFERENCES document (id) ON DELETE CASCADE,
    bytes       bytea  NOT NULL
);

-- Uploads are mostly compressed already (PDF, images, video); uncompressed TOAST lets
-- substring() fetch only the slices a reader asks for, so content can be streamed.
ALTER TABLE document_content ALTER COLUMN bytes SET STORAGE EXTERNAL;

CREATE TABLE element (
    document_id   bigint  NOT NULL REFERENCES document (id) ON DELETE CASCADE,
    ordinal       integer NOT NULL,
    page          integer NOT NULL,
    kind          text    NOT NULL,
    text          text    NOT NULL,
    heading_path  text[]  NOT NULL DEFAULT '{}',
    heading_level integer NOT NULL DEFAULT 0,
    table_json    jsonb,
    PRIMARY KEY (document_id, ordinal)
);

CREATE INDEX element_document_page_idx ON element (document_id, page);

CREATE TABLE chunk (
    id            text    PRIMARY KEY,
    document_id   bigint  NOT NULL REFERENCES document (id) ON DELETE CASCADE,
    collection_id bigint  NOT NULL REFERENCES collection (id) ON DELETE CASCADE,
    ordinal       integer NOT NULL,
    text          text    NOT NULL,
    token_count   integer NOT NULL,
    page_start    integer NOT NULL,
    page_end      integer NOT NULL,
    heading_path  text[]  NOT NULL DEFAULT '{}',
    kind          text    NOT NULL,
    metadata      jsonb   NOT NULL DEFAULT '{}',
    -- Kept here in both modes so every vector index can be rebuilt from the catalog.
    embedding     real[]  NOT NULL
);

CREATE INDEX chunk_document_idx ON chunk (document_id, ordinal);
CREATE INDEX chunk_collection_idx ON chunk (collection_id);

CREATE TABLE ingest_job (
    id           bigserial   PRIMARY KEY,
    document_id  bigint      NOT NULL REFERENCES document (id) ON DELETE CASCADE,
    state        text        NOT NULL CHECK (state IN ('QUEUED', 'PARSING', 'CHUNKING', 'ENCODING', 'INDEXING', 'DONE', 'FAILED')),
    pages_done   integer     NOT NULL DEFAULT 0,
    pages_total  integer     NOT NULL DEFAULT 0,
    attempts     integer     NOT NULL DEFAULT 0,
    error        text,
    worker_id    text,
    heartbeat_at timestamptz,
    created_at   timestamptz NOT NULL DEFAULT now(),
    updated_at   timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX ingest_job_document_idx ON ingest_job (document_id, id);
-- The claim query scans only open jobs, oldest first.
CREATE INDEX ingest_job_claim_idx ON ingest_job (created_at, id) WHERE state NOT IN ('DONE', 'FAILED');
