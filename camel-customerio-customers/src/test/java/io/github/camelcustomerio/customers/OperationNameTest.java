package io.github.camelcustomerio.customers;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelcustomerio.customers.api.CustomerIoOperation;
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
        "getSubscriptionCentreToken, getSubscriptionCenterToken"
    })
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
    void aNameOfMegabytesIsNeitherComparedNorQuotedWhole() {
        String huge = "getSegment" + "x".repeat(5_000_000);

        assertThatThrownBy(() -> CustomerIoOperation.fromName(huge))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Unknown Customer.io operation '" + huge.substring(0, 100) + "...' (5000010 characters)."
                        + " Valid operations: " + ALL);
    }

    @Test
    void theCatalogListsExactlyTheTwentyOneOperations() throws IOException {
        List<String> catalog = new ArrayList<>();
        try (InputStream in = getClass().getResourceAsStream(DocumentationTest.DESCRIPTOR)) {
            new ObjectMapper()
                    .readTree(in)
                    .at("/properties/operation/enum")
                    .forEach(name -> catalog.add(name.asText()));
        }
        assertThat(catalog)
                .hasSize(21)
                .containsExactly(Arrays.stream(CustomerIoOperation.values())
                        .map(Enum::name)
                        .toArray(String[]::new));
    }
}
