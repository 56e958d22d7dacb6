/**
 * Server-mode vector index on pgvector: HNSW per vector space.
 */
@NullMarked
package io.cairn.db.pgvector;

import org.jspecify.annotations.NullMarked;
