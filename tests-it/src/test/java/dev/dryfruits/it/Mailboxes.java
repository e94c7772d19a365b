package dev.dryfruits.it;

import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.util.List;

/** The local mail server's mailboxes, read through its REST API. */
final class Mailboxes {

    private Mailboxes() {
    }

    /** Raw MIME text of each message in the address's inbox (none when the mailbox does not exist yet). */
    static List<String> messagesTo(String email) {
        var response = RestAssured.given().baseUri("http://127.0.0.1:" + LocalPlatform.port(13080))
                .get("/api/user/" + email + "/messages/");
        if (response.statusCode() == 400) {
            return List.of();
        }
        return new JsonPath(response.asString()).getList("mimeMessage");
    }

    static List<String> messageIdsTo(String email) {
        return messagesTo(email).stream().map(mime -> mime.lines()
                        .filter(line -> line.regionMatches(true, 0, "Message-ID:", 0, 11)).findFirst().orElse(""))
                .toList();
    }
}
