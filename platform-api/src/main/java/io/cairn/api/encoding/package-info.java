@NullMarked
package io.cairn.api.encoding;

import org.jspecify.annotations.NullMarked;
