package dev.dryfruits.shipping.pincodes.control;

import dev.dryfruits.shipping.pincodes.entity.IndianState;
import dev.dryfruits.shipping.pincodes.entity.PincodeArea;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The All India Pincode Directory (resource pincodes.tsv, about 18,800 pincodes, converted once by
 * tools/ConvertPincodeDirectory.java) and the states by GST code (states.tsv), held in memory: a lookup is a map read.
 */
@ApplicationScoped
public class PincodeDirectory {

    private static final String PINCODES = "/dev/dryfruits/shipping/pincodes/pincodes.tsv";
    private static final String STATES = "/dev/dryfruits/shipping/pincodes/states.tsv";

    private final Map<String, IndianState> statesByCode = new LinkedHashMap<>();
    private final Map<String, IndianState> statesByName = new HashMap<>();
    private final Map<String, PincodeArea> areas = new HashMap<>(32_768);

    @PostConstruct
    void load() {
        read(STATES, fields -> {
            IndianState state = new IndianState(fields[0], fields[1]);
            statesByCode.put(state.code(), state);
            statesByName.put(key(state.name()), state);
            if (fields.length > 2) {
                for (String alias : fields[2].split("\\|")) {
                    statesByName.put(key(alias), state);
                }
            }
        });
        read(PINCODES, fields -> {
            List<IndianState> states = new ArrayList<>(2);
            for (String code : fields[2].split(",")) {
                states.add(Optional.ofNullable(statesByCode.get(code)).orElseThrow(() ->
                        new IllegalStateException("Pincode " + fields[0] + " names unknown state code " + code)));
            }
            areas.put(fields[0], new PincodeArea(fields[0], fields[1], states));
        });
    }

    /** The pincode's area, if the directory has it. */
    public Optional<PincodeArea> find(String pincode) {
        return Optional.ofNullable(pincode == null ? null : areas.get(pincode.strip()));
    }

    /**
     * The state an address names: its name, a usual other name or abbreviation ("Orissa", "TN"), or its GST code,
     * ignoring case, spaces, dots and "&amp;" for "and".
     */
    public Optional<IndianState> state(String nameOrCode) {
        if (nameOrCode == null) {
            return Optional.empty();
        }
        String given = nameOrCode.strip();
        return Optional.ofNullable(statesByCode.get(given)).or(() -> Optional.ofNullable(statesByName.get(key(given))));
    }

    public Optional<IndianState> stateByCode(String code) {
        return Optional.ofNullable(statesByCode.get(code));
    }

    public Collection<IndianState> states() {
        return statesByCode.values();
    }

    public int size() {
        return areas.size();
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT).replace("&", " and ").replaceAll("[\\s.]+", "");
    }

    private static void read(String resource, Consumer<String[]> line) {
        try (InputStream in = PincodeDirectory.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String text = reader.readLine(); text != null; text = reader.readLine()) {
                if (!text.isBlank() && !text.startsWith("#")) {
                    line.accept(text.split("\t"));
                }
            }
        } catch (IOException unreadable) {
            throw new UncheckedIOException("Cannot read " + resource, unreadable);
        }
    }
}
