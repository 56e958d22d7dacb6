/**
 * Lucene indexes: BM25 keyword search and HNSW vector search, derived from the catalog.
 */
@NullMarked
package io.cairn.db.lucene;

import org.jspecify.annotations.NullMarked;
