@NullMarked
package io.cairn.core.chunking;

import org.jspecify.annotations.NullMarked;
