/**
 * Misbehaviour, on purpose and by rule: {@link Fault} describes a fault to inject (a status, a delay, a dropped
 * connection, a broken body, ...) and which requests it hits; {@link FaultInjector} holds a running simulator's
 * faults; {@link RateLimits} answers 429 for the per-second limit (a package-private token bucket) and the
 * optional daily quota.
 *
 * <p>Public API: {@link Fault} and {@link FaultInjector} ({@code simulator.faults().add(Fault.status(503).times(2))}),
 * except {@link FaultInjector#select}. {@link InjectedFault}, {@link FaultInjector#select} and {@link RateLimits}
 * are public only because the request pipeline, in the root package, uses them.
 */
package io.github.camelcustomerio.customers.simulator.faults;
