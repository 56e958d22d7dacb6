/**
 * Embedded PostgreSQL (zonky) for the zero-setup storage mode.
 */
@NullMarked
package io.cairn.db.embedded;

import org.jspecify.annotations.NullMarked;
