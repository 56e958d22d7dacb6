package io.cairn.core.answer.schema;

import tools.jackson.databind.JsonNode;

/**
 * A typed value read from a passage, cited with the passage's span.
 *
 * @param value the JSON value
 * @param passage where it was read
 */
record Extracted(JsonNode value, Passage passage) {
}
