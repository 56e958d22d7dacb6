/**
 * Test support: databases for integration tests.
 */
@NullMarked
package io.cairn.db.testing;

import org.jspecify.annotations.NullMarked;
