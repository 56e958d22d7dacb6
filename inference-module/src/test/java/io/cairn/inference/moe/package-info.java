/** Tests of the MoE chat model. */
@NullMarked
package io.cairn.inference.moe;

import org.jspecify.annotations.NullMarked;
