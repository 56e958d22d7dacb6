/**
 * Who may call the API: API keys scoped to collections for {@code /api/**} and
 * {@code /v1/**}, an optional bootstrap admin key, and the open localhost mode of the
 * embedded default.
 */
@NullMarked
package io.cairn.api.security;

import org.jspecify.annotations.NullMarked;
