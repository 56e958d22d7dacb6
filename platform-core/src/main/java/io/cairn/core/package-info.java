/**
 * Cairn's domain model and pipelines, free of Spring Boot and of any store or model; the
 * ports here are implemented by the other modules.
 */
@NullMarked
package io.cairn.core;

import org.jspecify.annotations.NullMarked;
