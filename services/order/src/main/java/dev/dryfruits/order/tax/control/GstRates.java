package dev.dryfruits.order.tax.control;

import dev.dryfruits.order.tax.entity.GstRate;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The GST rates on the marketplace's goods, as dated data with their sources (resource gst-rates.tsv): the rate for
 * an HSN code on a day is the one of the longest HSN prefix in force that day. A change of rate is a new line with
 * its date, reviewed like code; past days keep their rates.
 */
@ApplicationScoped
public class GstRates {

    private static final String RESOURCE = "/dev/dryfruits/order/tax/gst-rates.tsv";

    private final List<GstRate> rates = new ArrayList<>();

    @PostConstruct
    void load() {
        try (InputStream in = GstRates.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\t");
                rates.add(new GstRate(fields[0], LocalDate.parse(fields[1]),
                        "-".equals(fields[2]) ? null : LocalDate.parse(fields[2]),
                        new BigDecimal(fields[3]).movePointRight(2).intValueExact(), fields[4]));
            }
        } catch (IOException unreadable) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, unreadable);
        }
    }

    /** The rate for goods of this HSN code on the day; empty when the data has none (a gap to fix, not a zero). */
    public Optional<GstRate> rateFor(String hsn, LocalDate day) {
        return rates.stream().filter(rate -> rate.appliesTo(hsn, day))
                .max(Comparator.comparingInt(rate -> rate.hsnPrefix().length()));
    }
}
