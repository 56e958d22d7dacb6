@NullMarked
package io.cairn.api.collection;

import org.jspecify.annotations.NullMarked;
