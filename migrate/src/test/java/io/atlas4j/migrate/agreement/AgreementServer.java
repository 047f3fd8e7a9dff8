package io.atlas4j.migrate.agreement;

import io.atlas4j.migrate.Replay;
import io.atlas4j.schema.Realm;
import java.sql.Connection;
import java.util.Optional;

/**
 * The databases one suite runs its cases on: a dev database the directory is replayed on and
 * desired SQL is loaded through, and a target database that each case starts empty.
 */
interface AgreementServer extends AutoCloseable {
    /** {@return why the case cannot load on this server, known before running it (its meta.json limits)} */
    default Optional<String> limit(AgreementCase c) {
        return Optional.empty();
    }

    /** {@return desired SQL loaded through the dev database, one schema} */
    Realm loadDesired(String sql);

    /** {@return how migrate diff replays the directory} */
    Replay replay();

    /** {@return the target database, emptied} */
    Connection freshTarget() throws Exception;

    /** {@return why {@code sql} does not load natively (statement by statement) into an empty database, or empty when it loads} */
    Optional<String> loadFailure(String file, String sql) throws Exception;

    /**
     * Called after every case: puts the dev database back when a case left something in it.
     *
     * @return what was left behind, or empty when the dev database was as found
     */
    default Optional<String> afterCase() throws Exception {
        return Optional.empty();
    }

    @Override
    void close() throws Exception;
}
