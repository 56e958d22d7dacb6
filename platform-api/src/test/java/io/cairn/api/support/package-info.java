@NullMarked
package io.cairn.api.support;

import org.jspecify.annotations.NullMarked;
