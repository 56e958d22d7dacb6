@NullMarked
package io.cairn.encoders.video;

import org.jspecify.annotations.NullMarked;
