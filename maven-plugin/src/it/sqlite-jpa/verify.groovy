// schema-apply read the project's compiled entities through jpa:// and created their tables; schema-diff found the
// database synced; the failing ext:// program stopped the build with its stderr and exit status, changing nothing.

def log = new File(basedir, 'build.log').text
def db = new File(basedir, 'target/jpa.db')
assert db.isFile() : 'schema-apply did not create target/jpa.db from jpa://com.example.model'
def tables = []
// The driver comes from the plugin's test class path, which DriverManager does not search from a script.
new org.sqlite.JDBC().connect('jdbc:sqlite:' + db, new Properties()).withCloseable { c ->
    def rs = c.createStatement().executeQuery("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
    while (rs.next()) tables << rs.getString(1)
}
assert tables.containsAll(['customer', 'purchase_order']) : "the entities' tables are missing: ${tables}"
assert new File(basedir, 'target/diff.txt').text.trim() == 'Schemas are synced, no changes to be made.'
assert log.contains('exited with status 3') : 'the failing program was not reported with its exit status'
assert log.contains('no-such-model') : "the failing program's stderr was not shown"
return true
