// Run when PostgreSQL is reachable on 127.0.0.1:5432. Under CI=true always run, so a missing server fails the
// build instead of skipping it; elsewhere skip, saying why.
if ('true' == System.getenv('CI')) return true
try {
    new Socket().withCloseable { it.connect(new InetSocketAddress('127.0.0.1', 5432), 2000) }
    return true
} catch (IOException e) {
    println "SKIPPED postgres: PostgreSQL is not reachable at 127.0.0.1:5432 (${e.message})"
    return false
}
