@NullMarked
package io.cairn.api;

import org.jspecify.annotations.NullMarked;
