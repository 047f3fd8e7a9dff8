// Every goal found its url, schema and directory in env "local" of atlas.hcl, with the POM's variable in the URL;
// the second build (schema-inspect with neither url nor env) failed naming the parameter.
def log = new File(basedir, 'build.log').text
assert new File(basedir, 'target/env.db').isFile() : 'schema-apply did not create target/env.db from the env url with var.db'
assert !new File(basedir, 'target/default.db').exists() : 'the variable given in the POM was not used'
assert log.contains('-- Applied ')
assert new File(basedir, 'target/diff.txt').text.trim() == 'Schemas are synced, no changes to be made.'
assert new File(basedir, 'migrations/atlas.sum').isFile() : 'migrate-hash did not write the env dir atlas.sum'
assert new File(basedir, 'target/migrated.db').isFile() : 'migrate-apply did not create target/migrated.db'
assert log.contains('20260101000000') : 'migrate-apply or migrate-status did not name the file of the env dir'
assert log.contains('missing parameter url') : 'schema-inspect without url and env did not name the missing parameter'
return true
