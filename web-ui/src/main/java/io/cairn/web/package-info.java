@NullMarked
package io.cairn.web;

import org.jspecify.annotations.NullMarked;
