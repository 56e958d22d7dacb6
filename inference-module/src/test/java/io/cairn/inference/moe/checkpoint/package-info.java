/** Tests of checkpoint loading and validation. */
@NullMarked
package io.cairn.inference.moe.checkpoint;

import org.jspecify.annotations.NullMarked;
