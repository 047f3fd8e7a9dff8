// Fresh databases for this project (the PostgreSQL driver comes from the plugin's test class path).
import java.sql.Connection

Connection connect(String db) {
    def props = new Properties()
    props.setProperty('user', 'postgres')
    new org.postgresql.Driver().connect("jdbc:postgresql://127.0.0.1:5432/${db}", props)
}

connect('postgres').withCloseable { c ->
    ['atlas4j_maven_it_schema', 'atlas4j_maven_it_migrate'].each { db ->
        c.createStatement().withCloseable { s ->
            s.execute("DROP DATABASE IF EXISTS ${db} WITH (FORCE)")
            s.execute("CREATE DATABASE ${db}")
        }
    }
}
return true
