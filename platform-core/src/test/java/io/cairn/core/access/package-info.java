@NullMarked
package io.cairn.core.access;

import org.jspecify.annotations.NullMarked;
