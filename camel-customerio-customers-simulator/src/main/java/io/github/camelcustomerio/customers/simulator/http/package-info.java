/**
 * HTTP plumbing of the simulated App API: a request as read off the wire ({@link IncomingRequest}, with the
 * package-private {@code UriDecoding}), the table of the 21 operations ({@link Operation}: method, path template,
 * paging limits, rate-limited or not), the {@link Router} that finds an operation's {@link OperationHandler}, a
 * routed {@link ApiRequest} with validated access to parameters and body, and the answers: {@link ApiResponse},
 * and {@link ApiException} for the App API's {@code ErrorList} error answers.
 *
 * <p>Internal. These types are public only because the handlers ({@code api}), the faults and the request
 * pipeline (the root package) are other packages; users of the simulator never need them.
 */
package io.github.camelcustomerio.customers.simulator.http;
