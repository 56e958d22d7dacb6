/**
 * API keys: collection-scoped secrets, stored only as hashes, created and revoked through
 * the API.
 */
@NullMarked
package io.cairn.core.access;

import org.jspecify.annotations.NullMarked;
