@NullMarked
package io.cairn.api.problem;

import org.jspecify.annotations.NullMarked;
