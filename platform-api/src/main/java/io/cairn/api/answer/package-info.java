/**
 * Grounded answers over REST: JSON or a server-sent event stream, with citations and
 * optional JSON-schema structured output.
 */
@NullMarked
package io.cairn.api.answer;

import org.jspecify.annotations.NullMarked;
