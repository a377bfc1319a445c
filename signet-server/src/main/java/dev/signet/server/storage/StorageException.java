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

    /** A duplicate primary or unique key, on any store ({@link Dialect#isUniqueViolation}). */
    public boolean isUniqueViolation() {
        return getCause() instanceof SQLException sql && Dialect.isUniqueViolation(sql);
    }
}
