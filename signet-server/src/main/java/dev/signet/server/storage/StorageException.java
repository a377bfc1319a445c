package dev.signet.server.storage;

import java.sql.SQLException;

/** A database failure. {@link #isUniqueViolation()} tells a duplicate key from other faults. */
public final class StorageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StorageException(SQLException cause) {
        super(cause.getMessage(), cause);
    }

    public StorageException(String message, Throwable cause) {
        super(message, cause);
    }

    /** SQLSTATE class 23505 (unique violation) in both H2 and PostgreSQL. */
    public boolean isUniqueViolation() {
        return getCause() instanceof SQLException sql && "23505".equals(sql.getSQLState());
    }
}
