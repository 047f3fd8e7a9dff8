package io.atlas4j.operator.internal;

/**
 * Why a reconcile could not go on, as a condition reason ({@code SecretNotFound}) and a message
 * that names the resource and the fix. Messages never hold a secret's value.
 */
public final class ResourceProblem extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String reason;

    public ResourceProblem(String reason, String message) {
        super(message);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
