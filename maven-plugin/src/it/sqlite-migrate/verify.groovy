// The versioned workflow against SQLite: atlas.sum written, the next file written from schema.sql,
// lint clean, both files applied once, status OK.
def log = new File(basedir, 'build.log').text
def dir = new File(basedir, 'migrations')

def sum = new File(dir, 'atlas.sum')
assert sum.isFile() : 'migrate-hash did not write atlas.sum'
def added = dir.listFiles().findAll { it.name.endsWith('_add_posts.sql') }
assert added.size() == 1 : 'migrate-diff did not write one *_add_posts.sql: ' + dir.list()
assert added[0].text.contains('posts')
assert sum.text.contains(added[0].name) : 'atlas.sum does not cover the new file'
assert log.contains('Migration directory file://') && log.contains(' is valid')

def lint = new File(basedir, 'target/lint.json').text
assert lint.startsWith('{"files":[') && lint.contains('add_posts')

assert log.contains('2 migrations ok') : 'migrate-apply did not run both files'
assert log.contains('No migration files to execute') : 'the second migrate-apply ran files again'
assert new File(basedir, 'target/app.db').isFile()
assert log =~ /Migration Status: OK/ : 'migrate-status did not report OK'
return true
