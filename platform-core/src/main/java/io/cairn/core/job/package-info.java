@NullMarked
package io.cairn.core.job;

import org.jspecify.annotations.NullMarked;
