package social.rapport.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;

/**
 * With no SMTP server configured, mail is written as .eml files in a folder of the data folder, for
 * an administrator to read (the admin page lists them). A file is named after its message's queue
 * entry and written whole under a temporary name first, so a mail written again after a crash
 * replaces its file rather than making a second one.
 */
public final class EmlFolder implements MailTransport {
    /** One written mail as the admin page lists it. */
    public record Written(String file, String to, String subject, long at) {}

    private final Path folder;
    private final Session session = Session.getInstance(new Properties());

    public EmlFolder(Path folder) {
        this.folder = folder;
    }

    public Path folder() {
        return folder;
    }

    @Override
    public Session session() {
        return session;
    }

    @Override
    public void deliver(MimeMessage message) throws MessagingException {
        String name = fileName(message.getMessageID());
        try {
            Files.createDirectories(folder);
            Path tmp = Files.createTempFile(folder, ".writing-", ".tmp");
            try (OutputStream out = Files.newOutputStream(tmp)) {
                message.writeTo(out);
            }
            try {
                Files.move(
                        tmp, folder.resolve(name), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, folder.resolve(name), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new MessagingException("could not write " + name, e);
        }
    }

    /** The Message-ID without its brackets, kept to safe characters. */
    static String fileName(String messageId) {
        String id = messageId == null ? "mail" : messageId.replaceAll("[^A-Za-z0-9._-]", "");
        return id + ".eml";
    }

    /** The written mails, newest first, at most `limit`. */
    public List<Written> list(int limit) {
        List<Path> files = new ArrayList<>();
        if (!Files.isDirectory(folder)) return List.of();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(folder, "*.eml")) {
            for (Path p : ds) files.add(p);
        } catch (IOException e) {
            return List.of();
        }
        files.sort(Comparator.comparingLong(EmlFolder::modified).reversed());
        List<Written> out = new ArrayList<>();
        for (Path p : files.subList(0, Math.min(limit, files.size()))) {
            try (InputStream in = Files.newInputStream(p)) {
                MimeMessage m = new MimeMessage(session, in);
                String to = m.getAllRecipients() == null ? "" : m.getAllRecipients()[0].toString();
                out.add(new Written(p.getFileName().toString(), to, m.getSubject(), modified(p)));
            } catch (IOException | MessagingException e) {
                out.add(new Written(p.getFileName().toString(), "", "(unreadable)", modified(p)));
            }
        }
        return out;
    }

    private static long modified(Path p) {
        try {
            return Files.getLastModifiedTime(p).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }
}
