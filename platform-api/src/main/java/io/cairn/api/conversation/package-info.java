/** Stored conversations of a collection: list, read, delete. */
@NullMarked
package io.cairn.api.conversation;

import org.jspecify.annotations.NullMarked;
