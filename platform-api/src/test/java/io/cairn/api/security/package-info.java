@NullMarked
package io.cairn.api.security;

import org.jspecify.annotations.NullMarked;
