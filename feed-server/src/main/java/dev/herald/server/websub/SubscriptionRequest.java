package dev.herald.server.websub;

import dev.herald.server.problem.ProblemDetail.FieldError;
import dev.herald.server.problem.ProblemException;
import jakarta.ws.rs.core.Response.Status;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A subscriber's request to the hub (WebSub §5.1), its fields checked: every bad one is reported
 * at once, as a 400 problem.
 *
 * @param leaseSeconds the lease asked for, or null for the default
 * @param secret       the HMAC secret, or null for unsigned deliveries
 */
record SubscriptionRequest(boolean subscribe, String callback, String topic, Long leaseSeconds, String secret) {

    /** The secret must be under 200 bytes (§5.1). */
    private static final int SECRET_LIMIT = 200;

    static SubscriptionRequest of(HubForm form) {
        List<FieldError> errors = new ArrayList<>();
        String mode = form.first("hub.mode");
        if (mode == null || !(mode.equals("subscribe") || mode.equals("unsubscribe"))) {
            errors.add(new FieldError("hub.mode", "must be subscribe or unsubscribe"));
        }
        String callback = required(form, "hub.callback", errors);
        String topic = required(form, "hub.topic", errors);
        if (topic != null && topic.length() > CallbackPolicy.MAX_URL_LENGTH) {
            errors.add(new FieldError("hub.topic", "must be at most " + CallbackPolicy.MAX_URL_LENGTH + " characters"));
        }
        Long lease = null;
        String leaseText = form.first("hub.lease_seconds");
        if (leaseText != null && !leaseText.isBlank()) {
            try {
                lease = Long.parseLong(leaseText.strip());
                if (lease <= 0) {
                    errors.add(new FieldError("hub.lease_seconds", "must be a positive number of seconds"));
                }
            } catch (NumberFormatException e) {
                errors.add(new FieldError("hub.lease_seconds", "must be a number of seconds, was \"" + leaseText + "\""));
            }
        }
        String secret = form.first("hub.secret");
        if (secret != null && secret.isEmpty()) {
            secret = null;
        }
        if (secret != null && secret.getBytes(StandardCharsets.UTF_8).length >= SECRET_LIMIT) {
            errors.add(new FieldError("hub.secret", "must be less than " + SECRET_LIMIT + " bytes"));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(Status.BAD_REQUEST, "The subscription request is not valid.", errors);
        }
        return new SubscriptionRequest(mode.equals("subscribe"), callback, topic, lease, secret);
    }

    private static String required(HubForm form, String name, List<FieldError> errors) {
        String value = form.first(name);
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(name, "is required"));
            return null;
        }
        return value.strip();
    }
}
