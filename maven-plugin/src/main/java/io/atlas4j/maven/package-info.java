/**
 * The atlas4j Maven plugin: goals that mirror the CLI ({@code schema-inspect}, {@code schema-diff},
 * {@code schema-apply}, {@code migrate-diff}, {@code migrate-apply}, {@code migrate-lint},
 * {@code migrate-hash}, {@code migrate-validate}, {@code migrate-status}), calling the library's
 * public API. Parameters are named like the CLI's flags ({@code --dev-url} is {@code devUrl},
 * user property {@code atlas4j.devUrl}).
 *
 * <p>A Maven plugin is not a JPMS module: Maven loads it into a class realm on the class path, so
 * this module has no {@code module-info.java}; the atlas4j modules it uses run as unnamed-module
 * code, which their ServiceLoader registrations ({@code META-INF/services}) support.
 */
package io.atlas4j.maven;
