@NullMarked
package io.cairn.api.job;

import org.jspecify.annotations.NullMarked;
