@NullMarked
package io.cairn.core.retrieval;

import org.jspecify.annotations.NullMarked;
