package social.rapport.cli;

import java.nio.file.Path;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import social.rapport.app.Config;

/** Options shared by every command that opens the database. Environment variables are the fallback. */
final class ServerOptions {
    @Option(names = "--data", description = "Data folder (env RAPPORT_DATA, default ./data)")
    Path data;

    @Option(
            names = "--db",
            description =
                    "JDBC URL, e.g. jdbc:postgresql://host/db (env RAPPORT_DB; default SQLite in the data folder)")
    String db;

    @Mixin
    S3Options s3 = new S3Options();

    @Mixin
    SmtpOptions smtp = new SmtpOptions();

    Config apply(Config c) {
        String envData = System.getenv("RAPPORT_DATA");
        String envDb = System.getenv("RAPPORT_DB");
        if (data != null) c = c.withDataDir(data);
        else if (envData != null && !envData.isBlank()) c = c.withDataDir(Path.of(envData));
        if (db != null) c = c.withDbUrl(db);
        else if (envDb != null && !envDb.isBlank()) c = c.withDbUrl(envDb);
        return smtp.apply(s3.apply(c));
    }
}
