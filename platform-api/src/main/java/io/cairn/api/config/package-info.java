@NullMarked
package io.cairn.api.config;

import org.jspecify.annotations.NullMarked;
