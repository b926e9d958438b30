/**
 * The simulator's one Jackson mapper and a few shorthands around it.
 *
 * <p>Internal. {@link Json} is public only because the packages that read or write JSON (HTTP plumbing, the App
 * API handlers, filters, datasets) are separate packages. The shaded jar relocates Jackson under
 * {@code io.github.camelcustomerio.customers.simulator.shaded.jackson}, so the simulator's Jackson never meets the
 * one of the project that uses it.
 */
package io.github.camelcustomerio.customers.simulator.json;
