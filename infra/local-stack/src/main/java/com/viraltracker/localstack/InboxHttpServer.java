package com.viraltracker.localstack;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import tools.jackson.databind.json.JsonMapper;

/**
 * The received mail over HTTP: {@code GET /} lists it as a page, {@code GET /api/messages} as JSON
 * (to, from, subject, sent, size), {@code GET /messages/{n}} shows message n's body as it was sent and
 * {@code GET /messages/{n}.eml} the whole raw message.
 */
final class InboxHttpServer {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpServer server;
    private final GreenMail mail;

    private InboxHttpServer(HttpServer server, GreenMail mail) {
        this.server = server;
        this.mail = mail;
    }

    static InboxHttpServer start(GreenMail mail, InetSocketAddress address) throws IOException {
        HttpServer server = HttpServer.create(address, 0);
        InboxHttpServer inbox = new InboxHttpServer(server, mail);
        server.createContext("/", inbox::handle);
        server.start();
        return inbox;
    }

    void stop() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            MimeMessage[] messages = mail.getReceivedMessages();
            if (path.equals("/api/messages")) {
                write(exchange, 200, "application/json", JSON.writeValueAsString(summaries(messages)));
            } else if (path.equals("/health")) {
                write(exchange, 200, "application/json", "{\"status\":\"UP\"}");
            } else if (path.equals("/") || path.isEmpty()) {
                write(exchange, 200, "text/html; charset=utf-8", listPage(messages));
            } else if (path.startsWith("/messages/")) {
                String id = path.substring("/messages/".length());
                boolean raw = id.endsWith(".eml");
                int index = Integer.parseInt(raw ? id.substring(0, id.length() - 4) : id);
                if (index < 0 || index >= messages.length) {
                    write(exchange, 404, "text/plain", "no message " + index);
                } else if (raw) {
                    write(exchange, 200, "message/rfc822", GreenMailUtil.getWholeMessage(messages[index]));
                } else {
                    Part shown = readablePart(messages[index]);
                    write(exchange, 200, bodyType(shown), String.valueOf(shown.getContent()));
                }
            } else {
                write(exchange, 404, "text/plain", "not found");
            }
        } catch (NumberFormatException | MessagingException e) {
            write(exchange, 400, "text/plain", String.valueOf(e.getMessage()));
        }
    }

    /** The HTML part of a message if it has one (a scorecard is HTML with a CSV attached), else its text. */
    private static Part readablePart(Part part) throws MessagingException, IOException {
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            Part text = null;
            for (int i = 0; i < multipart.getCount(); i++) {
                Part candidate = readablePart(multipart.getBodyPart(i));
                if (candidate.isMimeType("text/html")) {
                    return candidate;
                }
                if (text == null && candidate.isMimeType("text/*")) {
                    text = candidate;
                }
            }
            return text == null ? part : text;
        }
        return part;
    }

    private static String bodyType(Part part) throws MessagingException {
        String type = part.getContentType().toLowerCase();
        return type.startsWith("text/html") ? "text/html; charset=utf-8" : "text/plain; charset=utf-8";
    }

    private static List<Map<String, Object>> summaries(MimeMessage[] messages) throws MessagingException {
        List<Map<String, Object>> out = new ArrayList<>();
        for (int i = 0; i < messages.length; i++) {
            MimeMessage message = messages[i];
            Map<String, Object> summary = new LinkedHashMap<>();
            summary.put("index", i);
            summary.put("to", addresses(message.getAllRecipients()));
            summary.put("from", addresses(message.getFrom()));
            summary.put("subject", message.getSubject());
            summary.put(
                    "sent",
                    message.getSentDate() == null
                            ? null
                            : message.getSentDate().toInstant().toString());
            summary.put("content_type", message.getContentType());
            summary.put("url", "/messages/" + i);
            out.add(summary);
        }
        return out;
    }

    private static List<String> addresses(Address[] addresses) {
        return addresses == null
                ? List.of()
                : Arrays.stream(addresses).map(Address::toString).toList();
    }

    private static String listPage(MimeMessage[] messages) throws MessagingException {
        StringBuilder page = new StringBuilder("<!doctype html><meta charset=utf-8><title>Local inbox</title>"
                + "<h1>Local inbox</h1><p>" + messages.length + " message(s) received by the stack's SMTP server."
                + "</p><table border=1 cellpadding=4><tr><th>#</th><th>to</th><th>subject</th><th>sent</th></tr>");
        for (Map<String, Object> summary : summaries(messages)) {
            page.append("<tr><td>")
                    .append(summary.get("index"))
                    .append("</td><td>")
                    .append(escape(String.join(", ", castList(summary.get("to")))))
                    .append("</td><td><a href=\"")
                    .append(summary.get("url"))
                    .append("\">")
                    .append(escape(String.valueOf(summary.get("subject"))))
                    .append("</a> (<a href=\"")
                    .append(summary.get("url"))
                    .append(".eml\">raw</a>)</td><td>")
                    .append(summary.get("sent"))
                    .append("</td></tr>");
        }
        return page.append("</table>").toString();
    }

    @SuppressWarnings("unchecked")
    private static List<String> castList(Object value) {
        return (List<String>) value;
    }

    private static String escape(String text) {
        return text.chars()
                .mapToObj(c -> switch (c) {
                    case '<' -> "&lt;";
                    case '>' -> "&gt;";
                    case '&' -> "&amp;";
                    case '"' -> "&quot;";
                    default -> String.valueOf((char) c);
                })
                .collect(Collectors.joining());
    }

    private static void write(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
