package dev.dryfruits.it;

import io.restassured.RestAssured;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The business metrics the services publish on /metrics (Prometheus text, MicroProfile Metrics' application scope),
 * read from the host server, where the first instance of every service runs (the services' own ports serve only their
 * applications); the kit's metrics say which service by their service_name label.
 */
final class BusinessMetrics {

    private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{([^}]*)\\})? (\\S+)$");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

    private BusinessMetrics() {
    }

    /** The sum of every sample of the metric whose labels include these; 0 if none. */
    static double value(String metric, Map<String, String> labels) {
        String text = metrics();
        double sum = 0;
        for (String line : text.split("\n")) {
            Matcher sample = SAMPLE.matcher(line.trim());
            if (sample.matches() && sample.group(1).equals(metric) && hasLabels(sample.group(3), labels)) {
                sum += Double.parseDouble(sample.group(4));
            }
        }
        return sum;
    }

    static boolean isPublished(String metric, Map<String, String> labels) {
        return metrics().lines().map(String::trim).map(SAMPLE::matcher).anyMatch(sample -> sample.matches()
                && sample.group(1).equals(metric) && hasLabels(sample.group(3), labels));
    }

    private static String metrics() {
        return RestAssured.given().baseUri(LocalPlatform.service("services"))
                .get("/metrics?scope=application").then().statusCode(200).extract().asString();
    }

    private static boolean hasLabels(String labels, Map<String, String> wanted) {
        if (wanted.isEmpty()) {
            return true;
        }
        if (labels == null) {
            return false;
        }
        Map<String, String> found = new java.util.HashMap<>();
        Matcher label = LABEL.matcher(labels);
        while (label.find()) {
            found.put(label.group(1), label.group(2));
        }
        return wanted.entrySet().stream().allMatch(entry -> entry.getValue().equals(found.get(entry.getKey())));
    }
}
