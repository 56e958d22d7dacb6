/**
 * Batch import of a server folder into a collection.
 */
@NullMarked
package io.cairn.api.folder;

import org.jspecify.annotations.NullMarked;
