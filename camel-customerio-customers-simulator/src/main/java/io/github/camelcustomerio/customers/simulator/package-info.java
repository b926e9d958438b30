/**
 * An embeddable, stateful simulator of Customer.io's App API, for tests and demos. Start here:
 * {@link CustomerIoSimulator}, configured with its {@link CustomerIoSimulator.Builder}, serves the API over HTTP;
 * {@link RecordedRequest} is what it received; {@link SimulatorMain} runs it from the command line.
 *
 * <p>Where the rest lives, by role:
 * <ul>
 *   <li>{@code model}: the records a test builds and checks (Person, Segment, Activity, Message, ...);</li>
 *   <li>{@code filter}: people and object filters;</li>
 *   <li>{@code workspace}: the live state, {@code Workspace}, with one store per resource behind it;</li>
 *   <li>{@code dataset}: what a workspace starts with, {@code Dataset};</li>
 *   <li>{@code faults}: injected faults ({@code Fault}), the per-second rate limit and the daily quota;</li>
 *   <li>{@code api}: the handlers of the 21 operations, grouped by resource, and the JSON they answer;</li>
 *   <li>{@code http}: requests, responses, error answers, URI decoding and routing over the table of operations;</li>
 *   <li>{@code paging}: keyset cursors and pages; {@code json}: the Jackson mapper.</li>
 * </ul>
 * Packages depend one way: this one assembles the others and none of them refers back to it; {@code api} builds on
 * {@code workspace} and {@code http}; {@code faults} on {@code http}; {@code workspace} on {@code model},
 * {@code filter} and {@code paging}. Only {@code model} and {@code filter} refer to each other (a dynamic segment
 * holds a people filter, a filter tests people).
 *
 * <p>Public API of this package: {@link CustomerIoSimulator}, {@link RecordedRequest} and {@link SimulatorMain}.
 * The request pipeline ({@code SimulatorHttpHandler}: record, inject a fault, authenticate, route, rate-limit,
 * answer), the request log and the command-line options are package-private.
 */
package io.github.camelcustomerio.customers.simulator;
