package io.github.camelcustomerio.customers;

import org.apache.camel.CamelContext;
import org.apache.camel.ResolveEndpointFailedException;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An unknown operation fails endpoint creation, listing the valid names and pointing at the closest one. */
class OperationNameTest {

    static final String ALL = "createManSegment, deleteManSegment, getChannels, getObjectAttributes, "
                              + "getObjectRelationships, getObjectTypes, getObjectsFilter, getPeopleById, getPeopleEmail, "
                              + "getPeopleFilter, getPersonActivities, getPersonAttributes, getPersonMessages, "
                              + "getPersonRelationships, getPersonSegments, getPersonSubscriptionPreferences, getSegment, "
                              + "getSegmentCount, getSegmentDependencies, getSegmentMembership, getSubscriptionCenterToken";

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "get_segment_membership, getSegmentMembership",
            "getsegment, getSegment",
            "GetPersonAttributes, getPersonAttributes",
            "getSegmentMembers, getSegmentMembership",
            "get-channels, getChannels",
            "deleteSegment, deleteManSegment",
            "getSubscriptionCentreToken, getSubscriptionCenterToken"})
    void unknownNameSuggestsTheClosestOperation(String given, String suggested) throws Exception {
        try (CamelContext context = new DefaultCamelContext()) {
            context.start();
            assertThatThrownBy(() -> context.getEndpoint("customerio-customers:" + given + "?apiKey=k"))
                    .isInstanceOf(ResolveEndpointFailedException.class)
                    .rootCause()
                    .hasMessage("Unknown Customer.io operation '" + given + "'. Did you mean '" + suggested
                                + "'? Valid operations: " + ALL);
        }
    }

    @Test
    void theCatalogListsExactlyTheTwentyOneOperations() {
        assertThat(CustomerIoOperation.NAMES.split(",")).hasSize(21)
                .containsExactly(java.util.Arrays.stream(CustomerIoOperation.values()).map(Enum::name).toArray(String[]::new));
    }
}
