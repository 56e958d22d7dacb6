-- Image vectors for text-to-image search (cairn.images.*): one per media asset and image
-- model, so that they survive a restart and go with their document (deleted, or replaced
-- by a re-ingest) in the same transaction. The vector is float32 little-endian bytes:
-- it works on the embedded PostgreSQL too (no pgvector there), and reading it is ~10x
-- faster than parsing real[]; a collection's images number in the thousands, so search
-- is an exact scan in Java.

CREATE TABLE image_vector (
    document_id   bigint  NOT NULL REFERENCES document (id) ON DELETE CASCADE,
    asset_key     text    NOT NULL,
    model         text    NOT NULL,
    collection_id bigint  NOT NULL,
    page          integer NOT NULL,
    box           real[],
    start_ms      bigint,
    end_ms        bigint,
    vector        bytea   NOT NULL,
    PRIMARY KEY (document_id, asset_key, model)
);

CREATE INDEX image_vector_collection_model_idx ON image_vector (collection_id, model);
