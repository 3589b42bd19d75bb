package vn.thidua.shared;

import org.hibernate.TransactionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.transaction.CannotCreateTransactionException;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import static org.assertj.core.api.Assertions.assertThat;

/** What counts as "the database cannot be reached": the chains seen when the postmaster was killed. */
class DatabaseUnavailableTest {

    @Test
    void aSignInWhoseBrokenConnectionCouldNotEvenRollBack() {
        // the first request after kill -9: the pooled connection is dead, the rollback fails and hides the I/O error
        Exception failure = new InternalAuthenticationServiceException("Unable to rollback against JDBC Connection",
                new JpaSystemException(new TransactionException("Unable to rollback against JDBC Connection",
                        new SQLException("Connection is closed"))));
        assertThat(DatabaseUnavailable.is(failure)).isTrue();
    }

    @Test
    void noConnectionWithinTheTimeout() {
        Exception failure = new InternalAuthenticationServiceException("Could not open JPA EntityManager for transaction",
                new CannotCreateTransactionException("Could not open JPA EntityManager for transaction",
                        new SQLTransientConnectionException("HikariPool-1 - Connection is not available", "08001",
                                new ConnectException("Connection refused"))));
        assertThat(DatabaseUnavailable.is(failure)).isTrue();
    }

    @Test
    void theServerShuttingDownUnderAStatement() {
        assertThat(DatabaseUnavailable.is(new RuntimeException(
                new SQLException("FATAL: terminating connection due to administrator command", "57P01")))).isTrue();
    }

    @Test
    void aRefusedWriteOrABugIsNot() {
        assertThat(DatabaseUnavailable.is(new DataIntegrityViolationException("duplicate key",
                new SQLException("duplicate key value violates unique constraint", "23505")))).isFalse();
        assertThat(DatabaseUnavailable.is(new IllegalStateException("bug"))).isFalse();
        assertThat(DatabaseUnavailable.is(new InternalAuthenticationServiceException("no", new NullPointerException())))
                .isFalse();
    }
}
