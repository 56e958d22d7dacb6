/**
 * The extractive grounded answerer: the default generator, which needs no model weights.
 * It reads a {@link io.cairn.core.answer.GroundedPrompt}, scores the sentences and table
 * rows of the sources against the question, and answers with the best of them, copied
 * verbatim and cited, or with the refusal when none supports an answer.
 */
@NullMarked
package io.cairn.inference.extractive;

import org.jspecify.annotations.NullMarked;
