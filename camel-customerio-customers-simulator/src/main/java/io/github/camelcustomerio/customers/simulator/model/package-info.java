/**
 * The records a workspace holds and a test builds: a {@link Person} with their {@link Device}s, a {@link Segment}
 * ({@link SegmentType}, {@link SegmentUsage}), a {@link CustomerObject} of an {@link ObjectType} and its
 * {@link Relationship}s to people, a person's {@link Activity} and {@link Message} logs, and the subscription
 * settings {@link Channel}, {@link Topic} and {@link PreferencesHeader}; {@link IdType} and {@link ObjectIdType}
 * say how an id in a path names a person or an object.
 *
 * <p>Public API, all of it except the list of activity types behind {@link Activity#isKnownType}. The records are
 * immutable; the workspace fills in what they leave out (cio ids, timestamps, generated ids). A dynamic segment
 * holds a {@link io.github.camelcustomerio.customers.simulator.filter.PeopleFilter}, and a filter tests people,
 * so this package and {@code filter} refer to each other; of the rest of the simulator they use only {@code json}
 * (to read filters written as text).
 */
package io.github.camelcustomerio.customers.simulator.model;
