-- Server mode only: vectors in pgvector. Needs the vector extension (PgvectorSupport.verify).
-- One row per chunk and vector space; the HNSW index of each space is a partial expression index
-- ((embedding::vector(N)) ... WHERE space = '...') that PgVectorIndex creates at startup,
-- because the dimension count belongs to the space, not to the table.

CREATE TABLE chunk_vector (
    space         text   NOT NULL,
    -- Chunks are written before they are indexed; the cascade removes vectors with their chunk
    -- (and so with their document or collection).
    chunk_id      text   NOT NULL REFERENCES chunk (id) ON DELETE CASCADE,
    collection_id bigint NOT NULL,
    document_id   bigint NOT NULL,
    metadata      jsonb  NOT NULL DEFAULT '{}',
    embedding     vector NOT NULL,
    PRIMARY KEY (space, chunk_id)
);

CREATE INDEX chunk_vector_chunk_idx ON chunk_vector (chunk_id);
CREATE INDEX chunk_vector_collection_idx ON chunk_vector (space, collection_id);
CREATE INDEX chunk_vector_document_idx ON chunk_vector (space, document_id);
CREATE INDEX chunk_vector_metadata_idx ON chunk_vector USING gin (metadata jsonb_path_ops);
