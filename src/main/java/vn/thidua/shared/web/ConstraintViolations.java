package vn.thidua.shared.web;

import org.hibernate.exception.ConstraintViolationException;
import org.springframework.dao.DataIntegrityViolationException;

import java.util.Optional;

/**
 * The database's constraints are the last line of defence; when one fires, its name picks the
 * message ({@code constraint.<name>} in the bundles) so the user still reads a sentence.
 */
final class ConstraintViolations {

    private ConstraintViolations() {
    }

    static Optional<String> constraintName(DataIntegrityViolationException exception) {
        Throwable cause = exception;
        while (cause != null) {
            if (cause instanceof ConstraintViolationException violation && violation.getConstraintName() != null) {
                return Optional.of(violation.getConstraintName().toLowerCase());
            }
            if (cause instanceof org.postgresql.util.PSQLException psql && psql.getServerErrorMessage() != null
                    && psql.getServerErrorMessage().getConstraint() != null) {
                return Optional.of(psql.getServerErrorMessage().getConstraint().toLowerCase());
            }
            cause = cause.getCause();
        }
        return Optional.empty();
    }

    /** Check constraints (ck_) are bad input; unique and foreign keys are conflicts. */
    static boolean isBadInput(String constraint) {
        return constraint.startsWith("ck_");
    }
}
