@NullMarked
package io.cairn.encoders.image;

import org.jspecify.annotations.NullMarked;
