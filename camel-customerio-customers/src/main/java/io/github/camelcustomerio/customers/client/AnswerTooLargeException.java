package io.github.camelcustomerio.customers.client;

import java.io.IOException;

/**
 * An answer longer than {@code maxResponseSize}: reading it could fill the heap (a declared length of gigabytes from
 * a misconfigured base URL or a hostile proxy would be allocated up front), so it is not read, or not read further.
 * Not retried: the same request gets the same answer.
 */
public final class AnswerTooLargeException extends IOException {

    private static final long serialVersionUID = 1L;

    private AnswerTooLargeException(String message) {
        super(message);
    }

    /** Fails before anything is read when the answer declares more bytes than {@code maxBytes}. */
    static void checkDeclared(long declared, int maxBytes) throws AnswerTooLargeException {
        if (declared > maxBytes) {
            throw new AnswerTooLargeException("the answer declares " + declared + " bytes, more than maxResponseSize ("
                    + maxBytes + " bytes): not read");
        }
    }

    /** The answer did not say its length, and went on past {@code maxBytes}. */
    static AnswerTooLargeException readPast(int maxBytes) {
        return new AnswerTooLargeException(
                "the answer went on past maxResponseSize (" + maxBytes + " bytes): reading stopped there");
    }
}
