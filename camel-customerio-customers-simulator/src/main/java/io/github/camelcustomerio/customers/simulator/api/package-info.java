/**
 * The App API's operations: {@link AppApi} binds each {@code Operation} to its handler, and the package-private
 * handler classes answer them by resource: {@code PeopleEndpoints}, {@code SegmentEndpoints},
 * {@code ObjectEndpoints}, {@code SubscriptionEndpoints}. {@code WireFormat} writes the App API's JSON shapes,
 * {@code PagedAnswer} a paged answer's arrays and {@code next}; {@code PersonLookup} reads {@code customer_id} with
 * {@code id_type}; {@code LanguagePreference} picks the subscription centre's language; {@link SubscriptionCenterTokens}
 * signs and checks subscription-centre tokens.
 *
 * <p>Internal. {@link AppApi} and {@link SubscriptionCenterTokens} are public only because
 * {@code CustomerIoSimulator}, in the root package, assembles them; the simulator's users go through it.
 */
package io.github.camelcustomerio.customers.simulator.api;
