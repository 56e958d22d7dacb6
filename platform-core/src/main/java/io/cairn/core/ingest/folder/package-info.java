/**
 * Batch ingest of a folder on the server, for deployments that allow it.
 */
@NullMarked
package io.cairn.core.ingest.folder;

import org.jspecify.annotations.NullMarked;
