/** Tests of schema-constrained JSON decoding. */
@NullMarked
package io.cairn.inference.moe.json;

import org.jspecify.annotations.NullMarked;
