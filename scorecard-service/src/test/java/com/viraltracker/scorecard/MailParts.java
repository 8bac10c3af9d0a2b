package com.viraltracker.scorecard;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** The HTML body and the attachments (by file name) of a received message, decoded. */
record MailParts(String html, Map<String, String> attachments, Map<String, String> attachmentTypes) {

    static MailParts of(MimeMessage message) throws Exception {
        var parts = new MailParts(null, new LinkedHashMap<>(), new LinkedHashMap<>());
        return parts.collect(message);
    }

    private MailParts collect(Part part) throws Exception {
        MailParts result = this;
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                result = result.collect(child);
            }
            return result;
        }
        if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
            attachments.put(part.getFileName(), text(part));
            attachmentTypes.put(part.getFileName(), part.getContentType());
            return result;
        }
        if (part.isMimeType("text/html")) {
            return new MailParts(text(part), attachments, attachmentTypes);
        }
        return result;
    }

    private static String text(Part part) throws IOException, jakarta.mail.MessagingException {
        try (InputStream in = part.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
