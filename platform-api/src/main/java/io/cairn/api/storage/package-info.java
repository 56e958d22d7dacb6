@NullMarked
package io.cairn.api.storage;

import org.jspecify.annotations.NullMarked;
