package com.example.quickstart;

import org.apache.camel.builder.RouteBuilder;

/** Logs the id and email address of every member of a segment, once. */
public class SegmentMembersRoute extends RouteBuilder {

    @Override
    public void configure() {
        from("timer:members?repeatCount=1")
                .routeId("segment-members")
                .to("customerio-customers:getSegmentMembership?segmentId={{quickstart.segment-id}}&paginate=true")
                .split(body())
                .streaming()
                .log("${body[id]} ${body[email]}");
    }
}
