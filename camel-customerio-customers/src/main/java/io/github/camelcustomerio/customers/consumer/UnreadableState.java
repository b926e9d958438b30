package io.github.camelcustomerio.customers.consumer;

/**
 * What a consumer does when the position it stored cannot be read back (a repository that was cut short, a value
 * edited by hand): never silently.
 */
public enum UnreadableState {
    /** Refuse to start, saying which key is unreadable and what discarding it would lose. */
    fail,
    /** Discard it, log at WARN exactly what that loses, and start over as a consumer without a stored position. */
    startOver
}
