package com.example.quickstart;

import org.apache.camel.main.Main;

/** Runs Camel Main: it reads application.properties and finds the routes in this package. */
public final class QuickStartApplication {

    private QuickStartApplication() {}

    public static void main(String[] args) throws Exception {
        Main main = new Main(QuickStartApplication.class);
        int exitCode = main.run(args);
        if (exitCode != 0) {
            System.exit(exitCode);
        }
    }
}
