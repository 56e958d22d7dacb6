/**
 * Answering: context assembly within the generator's budget, grounded prompts, citation
 * checking, refusal and schema filling.
 */
@NullMarked
package io.cairn.core.answer;

import org.jspecify.annotations.NullMarked;
