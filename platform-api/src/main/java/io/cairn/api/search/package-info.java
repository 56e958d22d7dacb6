@NullMarked
package io.cairn.api.search;

import org.jspecify.annotations.NullMarked;
