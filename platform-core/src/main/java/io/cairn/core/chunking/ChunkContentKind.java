package io.cairn.core.chunking;

/** What a chunk holds: running text, or (part of) one table. */
public enum ChunkContentKind {

	TEXT, TABLE

}
