package dev.dryfruits.payment.fees.control;

import dev.dryfruits.payment.fees.entity.TaxRate;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The rates of GST on fees, TCS and TDS as dated data with their sources (resource tax-rates.tsv): a sale is charged
 * at the rates in force on its day.
 */
@ApplicationScoped
public class TaxRates {

    private static final String RESOURCE = "/dev/dryfruits/payment/fees/tax-rates.tsv";

    private final List<TaxRate> rates = new ArrayList<>();

    @PostConstruct
    void load() {
        try (InputStream in = TaxRates.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\t");
                rates.add(new TaxRate(TaxRate.Kind.valueOf(fields[0]), LocalDate.parse(fields[1]),
                        "-".equals(fields[2]) ? null : LocalDate.parse(fields[2]), Integer.parseInt(fields[3]),
                        fields[4]));
            }
        } catch (IOException unreadable) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, unreadable);
        }
    }

    /** The rate in force on the day; a day the data does not cover is a gap to fix, not a zero. */
    public TaxRate on(TaxRate.Kind kind, LocalDate day) {
        return rates.stream().filter(rate -> rate.kind() == kind && rate.appliesOn(day)).findFirst()
                .orElseThrow(() -> new IllegalStateException("No " + kind + " rate for " + day + " in " + RESOURCE));
    }
}
