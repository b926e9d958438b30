package io.github.camelcustomerio.customers.bench;

import java.util.List;
import java.util.Locale;

import static io.github.camelcustomerio.customers.bench.ResultTable.ratio;

/**
 * The suite's rate-limited part, against a simulator enforcing the service's 10 requests a second: a two-minute walk
 * in pages of 1,000 (how close to the limit the component runs), then a million members with every option at its
 * default, by the consumer and by paginate=true (how few requests a default walk takes, and how long).
 */
final class RateLimitedSuite {

    /** Pages of 1,000 at 10 a second: a two-minute walk. */
    private static final int RATE_LIMITED_PAGES = 1_200;

    private static final long DEFAULT_WALK_MEMBERS = 1_000_000;

    private RateLimitedSuite() {}

    static void run(ResultTable table, boolean quick) throws Exception {
        int pages = quick ? 100 : RATE_LIMITED_PAGES;
        System.out.printf(
                "%n[3/4] rate-limited walks: %,d pages of 1,000 against a simulator enforcing %d requests/s,"
                        + " component at its default rateLimit=%d (about %d s)%n",
                pages, RateLimitedWalk.LIMIT, RateLimitedWalk.LIMIT, pages / RateLimitedWalk.LIMIT);
        RateLimitedWalk.Result result = RateLimitedWalk.run(pages);
        System.out.printf(
                Locale.ROOT,
                "  %d requests, %,d members in %.1f s: %.2f requests/s; 429s: %d at the route,"
                        + " %d answered by the simulator; other errors: %d%n",
                result.requests(),
                result.items(),
                result.seconds(),
                result.requestsPerSecond(),
                result.routeSaw429(),
                result.simulatorAnswered429(),
                result.otherErrors());
        double r = result.requestsPerSecond() / RateLimitedWalk.LIMIT;
        table.add(
                String.format(
                        Locale.ROOT,
                        "rate-limited walk (%d requests, %.0f s): requests/s vs the limit",
                        result.requests(),
                        result.seconds()),
                String.format(Locale.ROOT, "%.2f", result.requestsPerSecond()),
                Integer.toString(RateLimitedWalk.LIMIT),
                ratio(r),
                ">= 9.5/s",
                result.requestsPerSecond() >= 9.5 && result.otherErrors() == 0 && result.items() == pages * 1000L);
        table.add(
                "rate-limited walk: 429s that reached the route",
                Long.toString(result.routeSaw429()),
                "-",
                "-",
                "0",
                result.routeSaw429() == 0);
        table.add(
                "rate-limited walk: 429s answered by the simulator",
                Long.toString(result.simulatorAnswered429()),
                "-",
                "-",
                "0",
                result.simulatorAnswered429() == 0);
        long members = quick ? 100_000 : DEFAULT_WALK_MEMBERS;
        long fewest = (members + 29_999) / 30_000;
        System.out.printf(
                "  then %,d members with every option at its default, against the same 10 requests/s:%n", members);
        for (String way : List.of("consumer", "paginate=true")) {
            RateLimitedWalk.Result walk = way.equals("consumer")
                    ? RateLimitedWalk.consumedWithDefaults(members)
                    : RateLimitedWalk.paginatedWithDefaults(members);
            System.out.printf(
                    Locale.ROOT,
                    "  %-13s %d requests, %,d members in %.1f s; 429s answered by the simulator: %d; errors: %d%n",
                    way,
                    walk.requests(),
                    walk.items(),
                    walk.seconds(),
                    walk.simulatorAnswered429(),
                    walk.otherErrors());
            table.add(
                    String.format(
                            Locale.ROOT,
                            "default walk of %,d members at 10 requests/s, %s: requests; seconds",
                            members,
                            way),
                    String.format(Locale.ROOT, "%d; %.1f s", walk.requests(), walk.seconds()),
                    fewest + "; -",
                    "-",
                    "<= " + fewest + "; < 10 s",
                    walk.requests() <= fewest
                            && walk.seconds() < 10
                            && walk.items() == members
                            && walk.otherErrors() == 0
                            && walk.simulatorAnswered429() == 0);
        }
    }
}
