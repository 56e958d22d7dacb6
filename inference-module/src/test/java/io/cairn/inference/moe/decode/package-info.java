/** Tests of sampling and text streaming. */
@NullMarked
package io.cairn.inference.moe.decode;

import org.jspecify.annotations.NullMarked;
