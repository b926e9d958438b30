package io.github.camelcustomerio.customers.simulator.api;

import java.util.EnumMap;
import java.util.Map;

import io.github.camelcustomerio.customers.simulator.http.Operation;
import io.github.camelcustomerio.customers.simulator.http.OperationHandler;
import io.github.camelcustomerio.customers.simulator.http.Router;
import io.github.camelcustomerio.customers.simulator.workspace.Workspace;

/** Binds each of the 21 operations to the handler that answers it. */
public final class AppApi {

    private AppApi() {}

    public static Router router(Workspace workspace, SubscriptionCenterTokens tokens) {
        SegmentEndpoints segments = new SegmentEndpoints(workspace);
        PeopleEndpoints people = new PeopleEndpoints(workspace);
        ObjectEndpoints objects = new ObjectEndpoints(workspace);
        SubscriptionEndpoints subscriptions = new SubscriptionEndpoints(workspace, tokens);

        Map<Operation, OperationHandler> handlers = new EnumMap<>(Operation.class);
        handlers.put(Operation.CREATE_MAN_SEGMENT, segments::create);
        handlers.put(Operation.DELETE_MAN_SEGMENT, segments::delete);
        handlers.put(Operation.GET_SEGMENT, segments::get);
        handlers.put(Operation.GET_SEGMENT_COUNT, segments::count);
        handlers.put(Operation.GET_SEGMENT_DEPENDENCIES, segments::dependencies);
        handlers.put(Operation.GET_SEGMENT_MEMBERSHIP, segments::membership);
        handlers.put(Operation.GET_PEOPLE_EMAIL, people::byEmail);
        handlers.put(Operation.GET_PEOPLE_FILTER, people::search);
        handlers.put(Operation.GET_PEOPLE_BY_ID, people::byIds);
        handlers.put(Operation.GET_PERSON_ATTRIBUTES, people::attributes);
        handlers.put(Operation.GET_PERSON_ACTIVITIES, people::activities);
        handlers.put(Operation.GET_PERSON_MESSAGES, people::messages);
        handlers.put(Operation.GET_PERSON_RELATIONSHIPS, people::relationships);
        handlers.put(Operation.GET_PERSON_SEGMENTS, people::segments);
        handlers.put(Operation.GET_OBJECT_TYPES, objects::types);
        handlers.put(Operation.GET_OBJECT_ATTRIBUTES, objects::attributes);
        handlers.put(Operation.GET_OBJECT_RELATIONSHIPS, objects::relationships);
        handlers.put(Operation.GET_OBJECTS_FILTER, objects::search);
        handlers.put(Operation.GET_CHANNELS, subscriptions::channels);
        handlers.put(Operation.GET_PERSON_SUBSCRIPTION_PREFERENCES, subscriptions::preferences);
        handlers.put(Operation.GET_SUBSCRIPTION_CENTER_TOKEN, subscriptions::token);
        return new Router(handlers);
    }
}
