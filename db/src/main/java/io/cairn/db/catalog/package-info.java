/**
 * The PostgreSQL catalog, the system of record: Flyway migrations and JDBC repositories.
 */
@NullMarked
package io.cairn.db.catalog;

import org.jspecify.annotations.NullMarked;
