// How atlas4j's build checks this example (examples/pom.xml runs it with maven-invoker-plugin).
// A passing build is not enough: the application's tests must have run and passed, and both
// plugin goals must have done their work.
import java.sql.Connection

def log = new File(basedir, 'build.log').text

// 1. Surefire ran ShelfApplicationTest: all three tests, none failed or skipped.
def report = new File(basedir, 'target/surefire-reports/TEST-org.example.shelf.ShelfApplicationTest.xml')
assert report.isFile() : 'no Surefire report: the application tests did not run'
def suite = (report.text =~ /<testsuite [^>]*/)[0]
def count = { String name -> (suite =~ /\b${name}="(\d+)"/)[0][1] as int }
assert count('tests') == 3 : "expected 3 tests, Surefire ran ${count('tests')}"
assert count('failures') == 0 && count('errors') == 0 && count('skipped') == 0
// ... and the starter, not Hibernate, made the tables: it logged its apply.
assert log.contains('atlas4j: applied ') : 'the starter did not log an apply at start-up'

// 2. atlas4j-maven-plugin: schema-apply (pre-integration-test) built the staging database ...
assert log.contains('atlas4j-maven-plugin:') && log.contains(':schema-apply (deploy-staging)') : 'schema-apply did not run'
def db = new File(basedir, 'target/staging.db')
assert db.isFile() : 'schema-apply did not create target/staging.db'
Connection c = new org.sqlite.JDBC().connect('jdbc:sqlite:' + db.absolutePath, new Properties())
c.withCloseable {
    def rs = c.createStatement().executeQuery("SELECT name FROM sqlite_master WHERE type = 'table' AND name IN ('author', 'book') ORDER BY name")
    def tables = []
    while (rs.next()) tables << rs.getString(1)
    assert tables == ['author', 'book'] : "staging.db holds ${tables}"
}
// ... and schema-diff (verify) found it synced with the file.
assert log.contains(':schema-diff (check-drift)') : 'schema-diff did not run'
assert new File(basedir, 'target/staging-drift.txt').text.trim() == 'Schemas are synced, no changes to be made.'

// 3. The example names the atlas4j version this build made (a standalone build uses the literal).
def pom = new File(basedir, 'pom.xml').text
assert pom.contains("<atlas4j.version>${atlas4jVersion}</atlas4j.version>") : "examples/spring-boot-app/pom.xml: set atlas4j.version to ${atlas4jVersion}"

// 4. Spring Boot's repackaged, runnable jar.
assert new File(basedir, 'target/shelf-1.0.0-SNAPSHOT.jar').isFile()
return true
