/**
 * Lint for planned changes: {@link io.atlas4j.plan.lint.Analyzer}s report
 * {@link io.atlas4j.plan.lint.Diagnostic}s with stable codes; a {@link io.atlas4j.plan.lint.LintConfig}
 * sets their severity or turns them off; the {@link io.atlas4j.plan.lint.Linter} runs them into a
 * {@link io.atlas4j.plan.lint.LintReport}.
 *
 * <table>
 * <caption>Built-in codes</caption>
 * <tr><th>Code</th><th>Default</th><th>Finding</th></tr>
 * <tr><td>DS101</td><td>ERROR</td><td>drops a schema</td></tr>
 * <tr><td>DS102</td><td>ERROR</td><td>drops a table</td></tr>
 * <tr><td>DS103</td><td>ERROR</td><td>drops a column</td></tr>
 * <tr><td>MF101</td><td>ERROR with rows / WARNING</td><td>new UNIQUE or primary key over existing rows (counts duplicates)</td></tr>
 * <tr><td>MF102</td><td>ERROR with rows / WARNING</td><td>new NOT NULL column without a default (counts rows)</td></tr>
 * <tr><td>MF103</td><td>ERROR with rows / WARNING</td><td>NOT NULL on an existing column (counts NULLs)</td></tr>
 * <tr><td>MF104</td><td>WARNING</td><td>narrowing type change</td></tr>
 * <tr><td>BC101</td><td>WARNING</td><td>renames a table</td></tr>
 * <tr><td>BC102</td><td>WARNING</td><td>renames a column</td></tr>
 * <tr><td>CD101</td><td>WARNING</td><td>drops a foreign key</td></tr>
 * <tr><td>RN101</td><td>WARNING</td><td>a drop + add that looks like a rename</td></tr>
 * </table>
 * The data-aware checks count only with a connection in the {@link io.atlas4j.plan.lint.LintContext};
 * a count of zero reports nothing. Lock and rewrite hazards (LK codes) depend on the database: each
 * dialect brings its own analyzers, and its own {@link io.atlas4j.plan.lint.RowCounter}.
 */
package io.atlas4j.plan.lint;
