@NullMarked
package io.cairn.core.document;

import org.jspecify.annotations.NullMarked;
