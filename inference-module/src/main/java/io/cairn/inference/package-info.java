/**
 * Generators (extractive grounded answerer, Mixture-of-Experts decoder, remote chat
 * models). Empty until the answers issue: retrieval does not need a generator.
 */
@NullMarked
package io.cairn.inference;

import org.jspecify.annotations.NullMarked;
