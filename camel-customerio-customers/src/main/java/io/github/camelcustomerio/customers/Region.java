package io.github.camelcustomerio.customers;

/** The Customer.io data centre a workspace lives in; it decides the App API's base URL. */
public enum Region {
    US("https://api.customer.io"),
    EU("https://api-eu.customer.io");

    private final String baseUrl;

    Region(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public String baseUrl() {
        return baseUrl;
    }
}
