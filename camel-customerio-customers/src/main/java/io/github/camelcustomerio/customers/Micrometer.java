package io.github.camelcustomerio.customers;

/** Whether Micrometer is on the classpath: the component meters its calls only then (it does not require it). */
final class Micrometer {

    static final boolean PRESENT = isPresent("io.micrometer.core.instrument.MeterRegistry");

    private Micrometer() {}

    private static boolean isPresent(String className) {
        try {
            Class.forName(className, false, Micrometer.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
