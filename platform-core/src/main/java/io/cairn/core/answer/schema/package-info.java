/**
 * Structured output: checking a caller's JSON Schema, validating answers against it, and
 * filling it from a collection, every filled field cited.
 */
@NullMarked
package io.cairn.core.answer.schema;

import org.jspecify.annotations.NullMarked;
