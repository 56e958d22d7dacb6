@NullMarked
package io.cairn.api.document;

import org.jspecify.annotations.NullMarked;
