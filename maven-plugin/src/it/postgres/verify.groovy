// The goals against PostgreSQL: tables created and inspected, diff synced, both migrations applied, status OK;
// the password from settings.xml never appears, the user does (with the password masked).
def log = new File(basedir, 'build.log').text
assert !log.contains('s3cret-from-settings') : 'the password from settings.xml appears in the build log'
assert log.contains('postgres://postgres:xxxxx@127.0.0.1:5432/atlas4j_maven_it_schema')
assert log.contains('-- Applied ')

def inspected = new File(basedir, 'target/inspect.sql').text
assert inspected.contains('CREATE TABLE') && inspected.contains('users') && inspected.contains('posts')
assert new File(basedir, 'target/diff.txt').text.trim() == 'Schemas are synced, no changes to be made.'

assert log.contains('2 migrations ok')
assert log =~ /Migration Status: OK/
return true
