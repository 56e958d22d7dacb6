package io.cairn.core.chunking;

import io.cairn.core.ingest.parse.ElementKind;
import io.cairn.core.ingest.parse.Table;
import org.jspecify.annotations.Nullable;

/**
 * An element, or the part of one that falls into a section when a profile's section
 * pattern starts a new section inside it.
 */
record SectionPiece(ElementKind kind, String text, int ordinal, int page, @Nullable Table table) {

}
