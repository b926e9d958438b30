package io.github.camelcustomerio.customers.example;

import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.model.dataformat.JsonLibrary;

import static io.github.camelcustomerio.customers.CustomerIoCustomersConstants.CUSTOMER_ID;
import static io.github.camelcustomerio.customers.CustomerIoCustomersConstants.EMAIL;
import static io.github.camelcustomerio.customers.CustomerIoCustomersConstants.ID_TYPE;
import static io.github.camelcustomerio.customers.example.IntoDocumentField.field;

/**
 * Job: person enrichment. Given an email address, finds the person and gathers their attributes, segments,
 * relationships and subscription preferences into one JSON document, printed on the console.
 * <p>
 * In: the email address as the body. Out: the document as JSON text, or a sentence when nobody has that address.
 */
public class PersonEnrichmentRoute extends RouteBuilder {

    // spotless:off (a route reads best with its DSL indented by hand)
    @Override
    public void configure() {
        from("direct:person-enrichment").routeId("person-enrichment")
            .setHeader(EMAIL, body())
            .to("customerio-customers:getPeopleEmail")
            .choice()
                .when(simple("${body[results].isEmpty()}"))
                    .setBody(simple("nobody has the email address ${header.CamelCustomerioCustomersEmail}"))
                    .to("bean:console?method=line")
                    .stop()
                .when(simple("${body[results].size()} > 1"))
                    .log("${body[results].size()} profiles share ${header.CamelCustomerioCustomersEmail}:"
                         + " enriching the first")
            .end()
            // the document starts as the person's identifiers: id, email and cio_id
            .setBody(simple("${body[results][0]}"))
            // cio_id names exactly one profile, even when several share the email address
            .setHeader(CUSTOMER_ID, simple("${body[cio_id]}"))
            .setHeader(ID_TYPE, constant("cio_id"))
            .enrich("customerio-customers:getPersonAttributes", field("attributes", "customer", "attributes"))
            .enrich("customerio-customers:getPersonSegments", field("segments", "segments"))
            .enrich("customerio-customers:getPersonRelationships?paginate=true", field("relationships"))
            .enrich("customerio-customers:getPersonSubscriptionPreferences",
                    field("subscription_preferences", "customer", "topics"))
            .marshal().json(JsonLibrary.Jackson, true)
            .convertBodyTo(String.class)
            .to("bean:console?method=line");
    }
    // spotless:on
}
