/**
 * The state of a simulated workspace. {@link Workspace} is the facade and the only public class: it owns the one
 * read-write lock and takes it once per operation. Behind it, one package-private store per resource, none of
 * them thread-safe and none reachable from outside this package:
 * <ul>
 *   <li>{@code PeopleStore}: stored people and their indexes (id, cio_id, email, phone);</li>
 *   <li>{@code SegmentStore}: segments and membership: manual members, dynamic filters, synthetic segments
 *       ({@code SyntheticSegment}, {@code SyntheticPeople});</li>
 *   <li>{@code ObjectStore}: object types and objects;</li>
 *   <li>{@code RelationshipStore}: relationships between people and objects;</li>
 *   <li>{@code TimelineStore}: a person's activities or messages, one generic store per kind
 *       ({@code Timeline} is one person's log);</li>
 *   <li>{@code SubscriptionStore}: channels, topics and the subscription centre's texts.</li>
 * </ul>
 * {@code Identifiers} generates the ids the workspace assigns.
 *
 * <p>Public API: {@link Workspace}, reached through {@code CustomerIoSimulator.workspace()} or created directly.
 * Its page-at-a-time reads ({@code searchPeople}, {@code membersPage}, ...) serve the App API handlers and are
 * public only because those live in another package.
 */
package io.github.camelcustomerio.customers.simulator.workspace;
