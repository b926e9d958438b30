package io.github.camelcustomerio.customers.quarkus;

import org.apache.camel.builder.RouteBuilder;

/** A segment described on request, and the members of the VIP segment at every poll. */
public class SegmentRoutes extends RouteBuilder {

    @Override
    public void configure() {
        from("direct:describe-segment")
                .setHeader("CamelCustomerioCustomersSegmentId", body())
                .to("customerio-customers:getSegment")
                .setBody(simple("${body[segment][name]} (segment ${body[segment][id]}, ${body[segment][type]})"));

        from("customerio-customers:getSegmentMembership?segmentId={{vip.segment-id}}&delay=60000")
                .routeId("vip-members")
                .setBody(simple("${body[id]} <${body[email]}>"))
                .to("direct:vip-member");
    }
}
