package dev.herald.server.problem;

import dev.herald.server.config.HeraldConfig;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.Response.Status;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Turns away, first of all and with a problem+json body, the requests no resource could answer:
 * a URL longer than {@link #MAX_URI_LENGTH}, one with a malformed percent-escape or a raw
 * non-ASCII character (RFC 3986 wants them encoded), and a body whose declared length is over
 * the limit. An over-long body is read to its end (within {@link #DRAIN_MILLIS}) before the 413
 * is sent, so a client still sending gets the answer rather than a connection reset.
 */
@ApplicationScoped
public class RequestGuard {

    private static final Logger LOG = Logger.getLogger(RequestGuard.class);
    /** Longest URL answered, in characters; the HTTP layer refuses past 64 KiB on its own. */
    public static final int MAX_URI_LENGTH = 8192;
    /** How long an over-long body is read and dropped before the 413, at most. */
    static final long DRAIN_MILLIS = 10_000;

    private final long maxBodyBytes;

    public RequestGuard(HeraldConfig config) {
        this.maxBodyBytes = config.api().maxBodySize().asLongValue();
    }

    void install(@Observes Router router) {
        router.route().order(RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT - 100).handler(this::check);
        // a URL that cannot be decoded fails in the HTTP layer's own handlers, or while the
        // router matches the path, before any route of ours runs
        router.route().order(Integer.MIN_VALUE).failureHandler(this::failed);
        router.errorHandler(400, context -> {
            if (!context.response().headWritten()) {
                badRequest(context);
            }
        });
    }

    private void failed(RoutingContext context) {
        HttpServerResponse response = context.response();
        if (response.closed()) {
            // the client went away mid-answer (over HTTP/2 a file's last frame then finds its stream
            // gone): nothing can be answered and nothing failed here, so no error with a stack trace
            LOG.debugf("%s %s: the client closed the connection before the answer ended", context.request().method(),
                    context.request().path());
            return;
        }
        if (context.statusCode() == 400 && !response.headWritten()) {
            badRequest(context);
            return;
        }
        context.next();
    }

    private static void badRequest(RoutingContext context) {
        send(context.response(), Status.BAD_REQUEST, UriCheck.problem(context.request().uri())
                .orElse("The request could not be read."));
    }

    private void check(RoutingContext context) {
        HttpServerRequest request = context.request();
        String uri = request.uri();
        if (uri.length() > MAX_URI_LENGTH) {
            send(request.response(), Status.REQUEST_URI_TOO_LONG, "The URL has " + uri.length() + " characters; at most "
                    + MAX_URI_LENGTH + " are answered.");
            return;
        }
        Optional<String> malformed = UriCheck.problem(uri);
        if (malformed.isPresent()) {
            send(request.response(), Status.BAD_REQUEST, malformed.get());
            return;
        }
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null && declaredLength(length) > maxBodyBytes) {
            refuseBody(context);
            return;
        }
        context.next();
    }

    private static long declaredLength(String header) {
        try {
            return Long.parseLong(header.strip());
        } catch (NumberFormatException e) {
            return -1; // the HTTP layer itself refuses a malformed length
        }
    }

    private void refuseBody(RoutingContext context) {
        HttpServerRequest request = context.request();
        HttpServerResponse response = request.response();
        String detail = tooLarge(maxBodyBytes);
        request.handler(ignored -> { });
        request.endHandler(ignored -> sendAndClose(response, detail));
        request.exceptionHandler(ignored -> sendAndClose(response, detail));
        context.vertx().setTimer(DRAIN_MILLIS, ignored -> sendAndClose(response, detail));
        request.resume();
    }

    /** The detail of a 413. */
    public static String tooLarge(long maxBodyBytes) {
        return "The body is larger than " + maxBodyBytes + " bytes, the most this server reads (HERALD_API_MAX_BODY_SIZE).";
    }

    private static void sendAndClose(HttpServerResponse response, String detail) {
        if (!response.ended() && !response.closed()) {
            response.putHeader(HttpHeaders.CONNECTION, "close");
            send(response, Status.REQUEST_ENTITY_TOO_LARGE, detail);
        }
    }

    static void send(HttpServerResponse response, Status status, String detail) {
        response.setStatusCode(status.getStatusCode())
                .putHeader(HttpHeaders.CONTENT_TYPE, ProblemDetail.MEDIA_TYPE)
                .end(Json.encode(ProblemDetail.of(status, detail)));
    }
}
