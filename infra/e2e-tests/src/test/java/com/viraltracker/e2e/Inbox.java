package com.viraltracker.e2e;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/** What the SMTP server received, read the way a recipient would: by address, subject and attachment. */
final class Inbox {
    private final GreenMail mail;

    Inbox(GreenMail mail) {
        this.mail = mail;
    }

    List<MimeMessage> to(String address) {
        return Arrays.stream(mail.getReceivedMessages())
                .filter(message -> sentTo(message, address))
                .toList();
    }

    List<String> subjectsTo(String address) {
        return to(address).stream().map(Inbox::subject).toList();
    }

    /** The text of the message's attachment whose file name ends with {@code suffix}. */
    static String attachment(MimeMessage message, String suffix) {
        try {
            String found = attachment(message.getContent(), suffix);
            if (found == null) {
                throw new AssertionError("no attachment *" + suffix + " in \"" + message.getSubject() + "\"");
            }
            return found;
        } catch (MessagingException | IOException e) {
            throw new AssertionError(e);
        }
    }

    private static String attachment(Object content, String suffix) throws MessagingException, IOException {
        if (!(content instanceof Multipart parts)) {
            return null;
        }
        for (int i = 0; i < parts.getCount(); i++) {
            Part part = parts.getBodyPart(i);
            if (part.getFileName() != null && part.getFileName().endsWith(suffix)) {
                return new String(part.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            }
            String nested = attachment(part.getContent(), suffix);
            if (nested != null) {
                return nested;
            }
        }
        return null;
    }

    private static boolean sentTo(MimeMessage message, String address) {
        try {
            return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                    .anyMatch(recipient -> recipient.toString().contains(address));
        } catch (MessagingException e) {
            throw new AssertionError(e);
        }
    }

    static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new AssertionError(e);
        }
    }
}
