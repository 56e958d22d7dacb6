/**
 * Schema-constrained JSON decoding: a byte-level automaton compiled from a JSON Schema
 * masks the tokens.
 */
@NullMarked
package io.cairn.inference.moe.json;

import org.jspecify.annotations.NullMarked;
