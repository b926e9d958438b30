package io.github.camelcustomerio.customers.quarkus;

import org.apache.camel.builder.RouteBuilder;

/** Stands for what an application does with each VIP member: records it, for the tests to read. */
public class VipMemberRecorderRoute extends RouteBuilder {

    @Override
    public void configure() {
        from("direct:vip-member").to("mock:vip-members");
    }
}
