/** End-to-end tests of schema filling over the real stores and encoders. */
@NullMarked
package io.cairn.db.schema;

import org.jspecify.annotations.NullMarked;
