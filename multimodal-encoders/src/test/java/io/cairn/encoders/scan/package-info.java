@NullMarked
package io.cairn.encoders.scan;

import org.jspecify.annotations.NullMarked;
