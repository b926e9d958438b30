/**
 * What a workspace starts with: a {@link Dataset} is a list of changes applied to a fresh workspace, built in code
 * ({@link Dataset#empty()}, {@link Dataset#synthetic}, {@link Dataset#with}) or read from the JSON format documented
 * on {@link Dataset} (by the package-private {@code DatasetReader}); {@link Dataset#demo()} is the bundled
 * {@code demo-dataset.json}.
 *
 * <p>Public API: {@link Dataset}. Nothing else here is public.
 */
package io.github.camelcustomerio.customers.simulator.dataset;
