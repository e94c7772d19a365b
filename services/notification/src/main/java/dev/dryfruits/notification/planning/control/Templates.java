package dev.dryfruits.notification.planning.control;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheFactory;
import dev.dryfruits.notification.delivery.entity.Channel;
import dev.dryfruits.notification.delivery.entity.RenderedMessage;
import dev.dryfruits.notification.planning.entity.NotificationRule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.StringWriter;
import java.util.Map;

/**
 * Mustache templates in templates/email (TYPE.subject, TYPE.txt, TYPE.html) and templates/sms (TYPE.txt).
 * Every rule's templates are checked when the service starts, so a missing one fails the deployment, not a send.
 */
@ApplicationScoped
public class Templates {

    private final MustacheFactory mustache = new DefaultMustacheFactory("templates");

    @Inject
    NotificationRules rules;

    void verifyEveryRuleHasItsTemplates(@Observes @Initialized(ApplicationScoped.class) Object started) {
        for (NotificationRule rule : rules.all()) {
            for (Channel channel : rule.channels()) {
                render(rule.type(), channel, Map.of());
            }
        }
    }

    public RenderedMessage render(String type, Channel channel, Map<String, Object> model) {
        return switch (channel) {
            case EMAIL -> new RenderedMessage(render("email/" + type + ".subject", model).strip(),
                    render("email/" + type + ".txt", model), render("email/" + type + ".html", model));
            case SMS -> new RenderedMessage(null, render("sms/" + type + ".txt", model).strip(), null);
        };
    }

    private String render(String name, Map<String, Object> model) {
        Mustache template = mustache.compile(name + ".mustache");
        StringWriter out = new StringWriter();
        template.execute(out, model);
        return out.toString();
    }
}
