@NullMarked
package io.cairn.core.collection;

import org.jspecify.annotations.NullMarked;
