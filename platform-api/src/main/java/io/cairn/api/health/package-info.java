@NullMarked
package io.cairn.api.health;

import org.jspecify.annotations.NullMarked;
