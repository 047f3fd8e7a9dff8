// The declarative goals against SQLite: the database was built, a second apply found nothing to do,
// inspect and diff wrote their output, the dry run changed nothing, skip skipped, help listed the goals.
def log = new File(basedir, 'build.log').text
def db = new File(basedir, 'target/app.db')
assert db.isFile() : 'schema-apply did not create target/app.db'

assert log.contains('-- Planned Changes:')
assert log.contains('-- Applied ')
assert log.contains('Schemas are synced, no changes to be made.') : 'the second schema-apply was not synced'

def inspected = new File(basedir, 'target/inspect.sql').text
assert inspected.contains('CREATE TABLE') && inspected.contains('users') && inspected.contains('posts')
assert !inspected.contains('atlas4j_schema_history') : 'inspect shows the history table'

assert new File(basedir, 'target/diff-synced.txt').text.trim() == 'Schemas are synced, no changes to be made.'
def v2 = new File(basedir, 'target/diff-v2.sql').text
assert v2.contains('created_at') && v2.contains('posts_author') : "unexpected diff to schema-v2.sql:\n" + v2

assert log.contains('-- Dry run: nothing was applied.')
assert log.contains('Skipping atlas4j schema-inspect (atlas4j.skip)')

// help lists every goal
['schema-inspect', 'schema-diff', 'schema-apply', 'migrate-diff', 'migrate-apply', 'migrate-lint', 'migrate-hash',
 'migrate-validate', 'migrate-status'].each { goal -> assert log.contains("atlas4j:" + goal) : "help does not list " + goal }
return true
