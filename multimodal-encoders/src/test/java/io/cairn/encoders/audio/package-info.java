@NullMarked
package io.cairn.encoders.audio;

import org.jspecify.annotations.NullMarked;
