package dev.gpioint.cli;

/** A problem with what the user gave (a file, an option, a scenario): printed as one clear message, exit 2. */
final class UserError extends RuntimeException {
    UserError(String message) {
        super(message);
    }

    UserError(String message, Throwable cause) {
        super(message, cause);
    }
}
