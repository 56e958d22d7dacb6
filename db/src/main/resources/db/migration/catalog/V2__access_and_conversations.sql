-- API keys (DESIGN.md section 2): only a hash of each secret is stored.

CREATE TABLE api_key (
    id              bigserial   PRIMARY KEY,
    name            text        NOT NULL,
    -- The first characters of the secret, shown to recognise a key.
    prefix          text        NOT NULL,
    -- SHA-256, or HMAC-SHA-256 with the server's pepper, of the secret.
    hash            bytea       NOT NULL UNIQUE,
    all_collections boolean     NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT now(),
    revoked_at      timestamptz
);

-- A key limited to collections reaches these; a deleted collection leaves its keys' scopes.
CREATE TABLE api_key_scope (
    key_id        bigint NOT NULL REFERENCES api_key (id) ON DELETE CASCADE,
    collection_id bigint NOT NULL REFERENCES collection (id) ON DELETE CASCADE,
    PRIMARY KEY (key_id, collection_id)
);

CREATE INDEX api_key_scope_collection_idx ON api_key_scope (collection_id);

-- Chat sessions and their messages, with each answer's citations.

CREATE TABLE conversation (
    id            bigserial   PRIMARY KEY,
    collection_id bigint      NOT NULL REFERENCES collection (id) ON DELETE CASCADE,
    title         text        NOT NULL,
    -- Hands out message ordinals: incremented in the same statement that inserts a message.
    message_count integer     NOT NULL DEFAULT 0,
    created_at    timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX conversation_collection_idx ON conversation (collection_id, updated_at DESC, id DESC);

CREATE TABLE message (
    id                  bigserial   PRIMARY KEY,
    conversation_id     bigint      NOT NULL REFERENCES conversation (id) ON DELETE CASCADE,
    ordinal             integer     NOT NULL,
    role                text        NOT NULL CHECK (role IN ('user', 'assistant')),
    content             text        NOT NULL,
    standalone_question text,
    citations           jsonb,
    outcome             text,
    created_at          timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT message_conversation_ordinal_key UNIQUE (conversation_id, ordinal)
);
