/** Tests of the decoder runtime against the float64 reference. */
@NullMarked
package io.cairn.inference.moe.runtime;

import org.jspecify.annotations.NullMarked;
