@NullMarked
package io.cairn.encoders.ocr;

import org.jspecify.annotations.NullMarked;
