// The build passing is not enough: Surefire must have run the tests, on JUnit 5.11, none skipped.
def report = new File(basedir, 'target/surefire-reports/TEST-org.example.NotesTest.xml')
assert report.isFile() : "no Surefire report: the tests did not run"
def suite = (report.text =~ /<testsuite [^>]*/)[0]
def count = { String name -> (suite =~ /\b${name}="(\d+)"/)[0][1] as int }
assert count('tests') == 3 : "expected 3 tests, Surefire ran ${count('tests')}"
assert count('failures') == 0 && count('errors') == 0 && count('skipped') == 0
def log = new File(basedir, 'build.log').text
assert !log.contains('OutputDirectoryCreator')
assert log.contains('Tests run: 3, Failures: 0, Errors: 0, Skipped: 0')

// The BOM this project imported aligns JUnit to the version atlas4j's build tests with.
// (atlas4jVersion and junitVersion come from junit/pom.xml, localRepositoryPath from the invoker.)
def bom = new File(localRepositoryPath, "io/atlas4j/atlas4j-bom/${atlas4jVersion}/atlas4j-bom-${atlas4jVersion}.pom")
assert bom.isFile() : "atlas4j-bom was not installed into the invoker's repository"
assert bom.text.contains("<junit.version>${junitVersion}</junit.version>") : "atlas4j-bom's junit.version differs from the build's ${junitVersion}"
return true
