package vn.thidua.shared;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

/**
 * Tells a failure because the database cannot be reached (down, restarting, not answering in
 * time) from one of the request itself: the former is answered 503, "try again shortly", never
 * as a 500 or, at sign-in, as a wrong password.
 */
public final class DatabaseUnavailable {

    /**
     * SQLSTATE classes and codes: 08 connection exception, 57P01 admin shutdown, 57P02 crash
     * shutdown, 57P03 cannot connect now (starting, recovering), 57014 statement timeout or cancel.
     */
    private static final Set<String> STATES = Set.of("57P01", "57P02", "57P03", "57014");

    /** HikariCP's and pgjdbc's words for a connection that died under a transaction (no SQLSTATE). */
    private static final Set<String> CLOSED = Set.of("Connection is closed", "This connection has been closed.");

    private DatabaseUnavailable() {
    }

    public static boolean is(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof CannotCreateTransactionException || t instanceof DataAccessResourceFailureException
                    || t instanceof QueryTimeoutException || t instanceof SQLTransientConnectionException
                    || t instanceof SQLNonTransientConnectionException || t instanceof ConnectException
                    || t instanceof SocketTimeoutException) {
                return true;
            }
            if (t instanceof TransactionSystemException rollback && rollback.getApplicationException() != null
                    && is(rollback.getApplicationException())) {
                return true; // the rollback failed too, and hides why the transaction failed
            }
            if (t.getClass().getName().equals("org.hibernate.exception.JDBCConnectionException")) {
                return true;
            }
            if (t instanceof SQLException sql && CLOSED.contains(String.valueOf(sql.getMessage()))) {
                return true; // the pool's or the driver's connection was closed under the transaction (its rollback failed)
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || STATES.contains(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }
}
